# An abstract storage interface with abstract properties, a virtual subclass and __subclasshook__
import abc
import gc

class Storage(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self): ...
    @abc.abstractmethod
    def read(self, key): ...
    def describe(self):
        return "%s storage" % self.name

class Memory(Storage):
    def __init__(self):
        self.data = {}
    @property
    def name(self):
        return "memory"
    def read(self, key):
        return self.data.get(key)
    def __del__(self):
        event("memory storage freed")

class Half(Storage):
    def read(self, key):
        return None

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented

try:
    Half()
except TypeError as e:
    event("cannot instantiate", "Half" in str(e), "name" in str(e))
m = Memory()
event("describe", m.describe(), sorted(Storage.__abstractmethods__), Memory.__abstractmethods__ == frozenset())
class Legacy:
    pass
Storage.register(Legacy)
event("virtual", issubclass(Legacy, Storage), isinstance(Legacy(), Storage), Legacy.__mro__[1].__name__)
event("hook", issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))
event("abstract flag", getattr(Storage.read, "__isabstractmethod__", False), Storage.name.__isabstractmethod__)
del m
gc.collect()
event("end")
