import weakref

class Named:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event(self.name, "dead")

class Triple:
    __slots__ = ("zeta", "alpha", "mid")

t = Triple()
t.mid = Named("mid")
t.zeta = Named("zeta")
t.alpha = Named("alpha")
try:
    t.other = 1
except AttributeError as e:
    event("AttributeError", e)
try:
    weakref.ref(t)
except TypeError as e:
    event("TypeError", e)
t.mid = Named("mid-2")
del t.zeta
event("before del")
del t

class Base:
    __slots__ = ("b", "__weakref__")

class Derived(Base):
    __slots__ = ("d", "a")

d = Derived()
d.b = Named("base-slot")
d.a = Named("derived-a")
d.d = Named("derived-d")
w = weakref.ref(d)
del d
event("after derived", w() is None)

class Free(Base):
    pass

f = Free()
f.b = Named("free-b")
f.x = Named("free-x")
del f
event("end")
