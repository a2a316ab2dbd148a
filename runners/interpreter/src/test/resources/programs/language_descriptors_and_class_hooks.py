# Issue 18 (the language): the descriptor protocol, property accessors, class creation hooks, __delattr__,
# super() binding a classmethod, type.mro() and the __getitem__ iteration protocol, with lifetimes.
# includes: res.py
import gc

class Holder:
    def __init__(self):
        self._r = None
    def _get(self):
        event("get")
        return self._r
    def _set(self, v):
        event("set", v.name)
        self._r = v
    def _del(self):
        event("delete", self._r.name)
        self._r = None
    r = property(_get, _set, _del, "the resource")
    ro = property(fget=lambda self: "read-only")
h = Holder()
h.r = Res("a")
event(h.r.name, type(Holder.r).__name__, Holder.r.__doc__, Holder.r.fdel is Holder._del)
h.r = Res("b")
del h.r
event("after delete")
try:
    h.ro = 1
except AttributeError:
    event("ro refuses")
try:
    del h.ro
except AttributeError:
    event("ro refuses delete")

class Cached:
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        self._value = v
    @value.deleter
    def value(self):
        del self._value
    value = value.getter(lambda self: ("wrapped", self._value.name))
c = Cached()
c.value = Res("c")
event(c.value)
del c.value
event("cached deleted")

class Data:
    def __set_name__(self, owner, name):
        event("set_name", owner.__name__, name)
        self.key = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            event("class access", owner.__name__)
            return self
        return getattr(obj, self.key)
    def __set__(self, obj, value):
        setattr(obj, self.key, value)
    def __delete__(self, obj):
        event("descriptor delete", self.key)
        delattr(obj, self.key)
class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"
class Model:
    field = Data()
    other = Data()
    plain = NonData()
m = Model()
m.field = Res("field")
m.__dict__["field"] = "shadow ignored"
event(m.field.name, Model.field.key, m.plain)
m.plain = "instance wins"
event(m.plain)
del m.field
event("field deleted", sorted(vars(m)))

class Base:
    seen = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.seen.append((cls.__name__, tag))
    @classmethod
    def make(cls):
        return cls.__name__
class Child(Base, tag="child"):
    @classmethod
    def make(cls):
        return "child of " + super().make()
class Grandchild(Child):
    pass
event(Base.seen, Grandchild.make(), [k.__name__ for k in Grandchild.mro()])
try:
    class Wrong(Base, tag="x", unknown=1):
        pass
except TypeError as e:
    event("TypeError", e)

class Logged:
    def __delattr__(self, name):
        event("delattr", name)
        object.__delattr__(self, name)
lg = Logged()
lg.a = Res("logged")
del lg.a
event("logged deleted")

class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return Res("sq%d" % i)
event([r.name for r in Squares(2)], "sq1" in [r.name for r in Squares(3)])
def stub(): ...
event(stub(), ..., repr(...))
del h, c, m, lg
gc.collect()
event("end")
