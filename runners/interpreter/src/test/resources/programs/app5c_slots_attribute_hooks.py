# Attribute hooks on a record type: __slots__ with __weakref__ and __dict__, __getattr__/__getattribute__/__setattr__/__delattr__
import gc
import weakref

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class TrackedPoint(Point):
    __slots__ = ("__weakref__",)
    def __del__(self):
        event("tracked point freed", self.x)

p = Point(1, 2)
try:
    weakref.ref(p)
except TypeError as e:
    event("no weakref slot", type(e).__name__)
try:
    p.z = 3
except AttributeError as e:
    event("no dict", type(e).__name__)
t = TrackedPoint(5, 6)
ref = weakref.ref(t, lambda r: event("tracked callback"))
del t
event("tracked dropped", ref() is None)

class Flexible(Point):
    __slots__ = ("__dict__", "__weakref__")

f = Flexible(0, 0)
f.color = "red"
event("flexible", f.__dict__, f.x)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattribute__(self, name):
        if not name.startswith("_"):
            object.__getattribute__(self, "_log").append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        event("fallback to target", name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        event("set", name)
        if name.startswith("local_"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._target, name, value)
    def __delattr__(self, name):
        event("del", name)
        object.__delattr__(self, name)
    def __del__(self):
        event("proxy freed, log", self._log)

class Target:
    def __init__(self):
        self.size = 10
    def __del__(self):
        event("target freed")

px = Proxy(Target())
event("size", px.size)
px.size = 20
px.local_note = "hi"
event("note", px.local_note, px._target.size)
del px.local_note
try:
    del px.missing
except AttributeError as e:
    event("del missing", type(e).__name__)
try:
    px.nothing
except AttributeError as e:
    event("get missing", type(e).__name__)
del px
event("proxy dropped")
probe = weakref.ref(f, lambda r: event("flexible gone"))
f.me = f
del f
gc.collect()
event("end")
