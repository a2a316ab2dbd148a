# A metaclass __call__ pools instances by key so equal arguments share one object until the pool lets go
import weakref
import gc

class Pooled(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._pool = weakref.WeakValueDictionary()
        return cls
    def __call__(cls, key, *args):
        obj = cls._pool.get(key)
        if obj is None:
            event("create", cls.__name__, key)
            obj = super().__call__(key, *args)
            cls._pool[key] = obj
        return obj

class Font(metaclass=Pooled):
    def __init__(self, key, size=12):
        self.key, self.size = key, size
    def __del__(self):
        event("del font", self.key)

class Color(metaclass=Pooled):
    def __init__(self, key):
        self.key = key
    def __del__(self):
        event("del color", self.key)

a = Font("mono", 10)
b = Font("mono", 14)
c = Font("serif")
event("shared", a is b, a.size, len(Font._pool), type(Font).__name__, isinstance(Font, Pooled))
red = Color("red")
event("separate pools", len(Color._pool), "red" in Font._pool)
del a
event("a dropped, b still holds")
del b
gc.collect()
event("mono gone", sorted(Font._pool))
again = Font("mono")
event("again", again.size)
del c, red
gc.collect()
event("end", sorted(Font._pool), len(Color._pool))
