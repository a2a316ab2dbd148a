# Payment providers: abstract classmethods, properties and staticmethods; ABC register chains; caches
import gc
from abc import ABC, abstractmethod
from collections.abc import Sized, Iterable, Container

class Provider(ABC):
    @property
    @abstractmethod
    def fee(self): ...
    @classmethod
    @abstractmethod
    def create(cls, cfg): ...
    @staticmethod
    @abstractmethod
    def currency(): ...
    def charge(self, amount):
        return amount + self.fee

class Card(Provider):
    fee = 2
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, cfg):
        return cls(cfg["name"])
    @staticmethod
    def currency():
        return "EUR"
    def __del__(self):
        event("card freed", self.name)

event("abstracts", sorted(Provider.__abstractmethods__))
c = Card.create({"name": "visa"})
event("card", c.charge(10), Card.currency(), Card.__abstractmethods__ == frozenset())

class Wallet:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __del__(self):
        event("wallet freed", len(self.items))

w = Wallet([c])
event("structural", isinstance(w, Sized), isinstance(w, Iterable), isinstance(w, Container), issubclass(Wallet, Provider))
Provider.register(Wallet)
event("after register", isinstance(w, Provider), issubclass(Wallet, Provider))
try:
    class Broken(Provider):
        fee = 0
    Broken()
except TypeError as e:
    msg = str(e)
    event("broken", msg.startswith("Can't instantiate abstract class Broken"), "create" in msg)
class Sub(Wallet):
    pass
event("subclass of registered", issubclass(Sub, Provider), isinstance(Sub([]), Provider))
del c
event("c dropped")
w.items.clear()
del w
gc.collect()
event("end")
