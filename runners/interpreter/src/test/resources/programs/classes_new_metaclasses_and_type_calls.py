import sys
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        event("meta new", name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        event("meta init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        event("meta call", cls.__name__, a)
        inst = super().__call__(*a, **k)
        cls.registry.append(inst)
        return inst
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        event("prepare", name, kw)
        return {"injected": 1}

class Base(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v):
        self.v = v
    def __init_subclass__(cls, **kw):
        event("init_subclass", cls.__name__, kw)

class Sub(Base, flag=False):
    pass

b = Base(1); s = Sub(2)
event([o.v for o in Base], len(Sub), Base.injected, type(Base).__name__)

class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        event("init", v)
event(Single(1) is Single(2))

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        event("never")
event(NotMine())

T = type("T", (object,), {"a": 5, "f": lambda self: self.a * 2})
event(T().f(), T.__name__, T.__qualname__, T.__mro__)
event(type(3), type(T()))
class G:
    def __class_getitem__(cls, item):
        return ("alias", cls.__name__, item)
event(G[int])
class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 7
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
g = GA(); g.y = 3
event(g.magic, g.y, g.zzz)
class A: pass
class B(A): pass
class C(A): pass
event(A.__subclasses__())
del B
import gc; gc.collect()
event(A.__subclasses__())
class Outer:
    class Inner:
        """doc of inner"""
event(Outer.Inner.__qualname__, Outer.Inner.__doc__, Outer.Inner.__module__, Outer.__doc__, Outer.Inner)
def f(): pass
f.tag = 1
event(f.__dict__, f.__qualname__)
event(list[int].__args__, dict[str, int].__origin__)
event(sys.version_info >= (3, 9), sys.version_info[:1], sys.version_info.major, sys.version.split()[0][:2])
