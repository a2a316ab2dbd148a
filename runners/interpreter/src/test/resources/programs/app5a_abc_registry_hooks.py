# Storage plugins checked through abc: abstract methods, ABCMeta.register, __subclasshook__, registry weakrefs
import gc
import weakref
from abc import ABC, ABCMeta, abstractmethod

class Store(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
    def describe(self):
        return f"{type(self).__name__} store"

class Closeable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any("close" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

class MemoryStore(Store):
    def __init__(self):
        self.data = {}
    def get(self, key):
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
    def close(self):
        event("closing memory store")
    def __del__(self):
        event("memory store freed")

try:
    Store()
except TypeError as e:
    event("abstract", "get" in str(e), "put" in str(e))

class Half(Store):
    def get(self, key):
        return None
try:
    Half()
except TypeError as e:
    event("still abstract", sorted(Half.__abstractmethods__))

m = MemoryStore()
m.put("k", [1, 2])
event("memory", m.get("k"), m.describe(), isinstance(m, Store), isinstance(m, Closeable))

def make_legacy():
    class LegacyDict(dict):
        def __del__(self):
            event("legacy instance freed")
    return LegacyDict

Legacy = make_legacy()
Store.register(Legacy)
wl = weakref.ref(Legacy, lambda r: event("Legacy class collected"))
inst = Legacy(a=1)
event("registered", isinstance(inst, Store), issubclass(Legacy, Store), Legacy.__mro__[1].__name__)
event("not closeable", isinstance(inst, Closeable), isinstance(1, Closeable))
del inst
event("instance dropped")
del Legacy
gc.collect()
event("legacy gone", wl() is None, issubclass(dict, Store))
del m
event("end")
