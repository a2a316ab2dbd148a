# Flyweight colours: __new__ returns the cached instance while anyone still holds it (WeakValueDictionary)
import weakref
import gc

class Color:
    _cache = weakref.WeakValueDictionary()
    def __new__(cls, name):
        obj = cls._cache.get(name)
        if obj is not None:
            event("cache hit", name)
            return obj
        obj = super().__new__(cls)
        obj.name = name
        cls._cache[name] = obj
        event("created", name)
        return obj
    def __init__(self, name):
        event("init", name)
    def __del__(self):
        event("color freed", self.name)

red = Color("red")
again = Color("red")
event("same", red is again, len(Color._cache))
blue = Color("blue")
event("cached", sorted(Color._cache.keys()))
del again
event("one left")
del red
gc.collect()
event("after red", sorted(Color._cache.keys()))
red2 = Color("red")
event("new red", red2.name)

class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

a, b = Singleton(1), Singleton(2)
event("singleton", a is b, a.value)

class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        event("never")
event("new returns other", NotInit())
del blue, red2
gc.collect()
event("end", len(Color._cache))
