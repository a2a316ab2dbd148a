# includes: named.py
# Abstract storage backends with abc: abstract methods block instantiation, register() adds a virtual subclass
from abc import ABC, abstractmethod

class Storage(ABC):
    @abstractmethod
    def load(self, key): ...
    @abstractmethod
    def save(self, key, value): ...
    def load_or(self, key, default):
        try:
            return self.load(key)
        except KeyError:
            return default

class Value(Named):
    died = "del value"
    def __repr__(self):
        return "V(%s)" % self.name

class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}
    def load(self, key):
        return self.data[key]
    def save(self, key, value):
        self.data[key] = value
    def __del__(self):
        event("del storage", sorted(self.data))

class Partial(Storage):
    def load(self, key):
        return None

class External:
    def load(self, key):
        return "ext"

try:
    Storage()
except TypeError as e:
    event("abstract", "abstract" in str(e))
try:
    Partial()
except TypeError as e:
    event("partial", "save" in str(e))
Storage.register(External)
event("virtual", issubclass(External, Storage), isinstance(External(), Storage), External.__mro__[1:] == (object,))
m = MemoryStorage()
m.save("a", Value(1))
m.save("b", Value(2))
event("load", m.load_or("a", None), m.load_or("z", "default"), sorted(Storage.__abstractmethods__))
m.save("a", Value(3))
event("overwrote a")
del m
event("end")
