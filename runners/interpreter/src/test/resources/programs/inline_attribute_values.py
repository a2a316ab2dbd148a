# Instance attributes kept inline (CPython 3.11+'s values array beside the class's shared keys): stores in the
# usual order, in another order, deleted and stored again, past the shared keys' capacity, under names built at
# run time; what __dict__, vars() and deallocation see, and the values' reference counts.
import gc
import sys


class Dies:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        event("dies", self.name)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def names(o):
    return list(vars(o))


a = Point(1, 2)
b = Point(3, 4)
event("usual", names(a), a.x, a.y, b.x + b.y)
a.z = 5
event("added", names(a), a.z, hasattr(b, "z"), getattr(b, "z", "none"))
c = Point.__new__(Point)
c.y = "y first"
c.x = "x second"
event("reordered", names(c), c.x, c.y)
del a.x
event("deleted", names(a), hasattr(a, "x"))
a.x = 10
event("stored again", names(a), a.x)
try:
    b.missing
except AttributeError as e:
    event("missing", e)

d = Point(Dies("d.x"), Dies("d.y"))
d.w = Dies("d.w")
event("refcount of a value", sys.getrefcount(d.w))
del d
event("after del d")

e = Point(Dies("e.x"), Dies("e.y"))
e.q = Dies("e.q")
e.x = Dies("e.x2")
event("replaced", e.x.name)
del e
event("after del e")

f = Point.__new__(Point)
f.y = Dies("f.y")
f.x = Dies("f.x")
del f
event("after del f (stored y first)")

g = Point(1, 2)
for i in range(40):
    setattr(g, "attr" + str(i), i)
event("many", len(vars(g)), g.attr0, g.attr39, names(g)[:4], names(g)[-2:])
h = Point(1, 2)
h.attr39 = "late"
event("after many", names(h), h.attr39)

name = "".join(["dy", "namic"])
k = Point(1, 2)
setattr(k, name, "built")
event("built name", names(k), getattr(k, name), k.dynamic)

m = Point([1], [2])
m.__dict__["x"] = "through dict"
event("dict write", m.x, names(m))
m.extra = 3
event("after dict", names(m), m.__dict__)

n = Point(Dies("n.x"), None)
n.self = n
del n
event("cycle dropped")
gc.collect()
event("collected")

q = Point(Dies("q.x"), Dies("q.y"))
vars(q).clear()
event("cleared", names(q))
q.y = 7
event("after clear", names(q), q.y)
