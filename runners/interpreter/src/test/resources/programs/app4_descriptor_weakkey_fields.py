# A validated-field descriptor keeping per-instance values in a WeakKeyDictionary (for classes with __slots__)
import gc
import weakref

class Positive:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
        self.values = weakref.WeakKeyDictionary()
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.values.get(obj, 0)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("%s must be positive" % self.name)
        self.values[obj] = value
    def __delete__(self, obj):
        del self.values[obj]

class Box:
    __slots__ = ("label", "__weakref__")
    width = Positive()
    height = Positive()
    def __init__(self, label, w, h):
        self.label = label
        self.width = w
        self.height = h
    def __del__(self):
        event("box freed", self.label)

a = Box("a", 2, 3)
b = Box("b", 5, 1)
event("areas", a.width * a.height, b.width * b.height, Box.width.name)
try:
    a.height = -1
except ValueError as e:
    event("rejected", e)
del b.width
event("deleted width", b.width, len(Box.width.values), len(Box.height.values))
del a
gc.collect()
event("after a", len(Box.width.values), len(Box.height.values))
keys = list(Box.height.values.keys())
del b
event("b held by keys", len(Box.height.values))
del keys
gc.collect()
event("end", len(Box.height.values))
