# Class bodies run in the namespaces metaclasses prepare: __missing__ auto-values, a recording mapping, an OrderedDict
# includes: res.py
import gc
from collections import OrderedDict

class AutoNames(dict):
    """Unknown lower-case names in the class body become their upper-case text (an enum-like trick)."""
    def __missing__(self, key):
        if key.startswith("__") or not key.islower():
            raise KeyError(key)
        event("auto value", key)
        return key.upper()

class AutoEnum(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNames()

class Color(metaclass=AutoEnum):
    red = red
    green = green
    scratch = Res("scratch in body")
    del scratch

event("colors", Color.red, Color.green, type(Color.__dict__).__name__, "scratch" in Color.__dict__)

class Journal:
    """Not a dict: a mapping that records every access the class body makes."""
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append("get " + key)
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append("set " + key)
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append("del " + key)
        del self.data[key]

class Journaled(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Journal()
    def __new__(mcls, name, bases, ns, **kw):
        event("journal", [entry for entry in ns.log if "__" not in entry])
        return super().__new__(mcls, name, bases, ns.data)

class Model(metaclass=Journaled):
    size = 1
    double = size * 2
    temp = Res("temp attr")
    del temp
    try:
        del never_set
    except NameError as exc:
        event("del failed", exc)

event("model", Model.size, Model.double, hasattr(Model, "temp"))

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedDict()
    def __new__(mcls, name, bases, ns):
        ns.move_to_end("first")
        event("order", type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))

class Steps(metaclass=Ordered):
    first = Res("first step")
    second = 2
    third = 3

event("steps", [k for k in vars(Steps) if not k.startswith("__")])
del Steps
gc.collect()
event("end")
