# A per-key singleton metaclass caching instances weakly; types.SimpleNamespace and MappingProxyType settings
import gc
import math
import types
import weakref

class PerKey(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls._instances = weakref.WeakValueDictionary()
        return cls
    def __call__(cls, key, *args):
        inst = cls._instances.get(key)
        if inst is None:
            inst = super().__call__(key, *args)
            cls._instances[key] = inst
            event("new", cls.__name__, key)
        return inst

class Logger(metaclass=PerKey):
    def __init__(self, key, level=10):
        self.key = key
        self.level = level
        self.settings = types.SimpleNamespace(level=level, handlers=[])
    def __del__(self):
        event("logger freed", self.key)

app = Logger("app")
event("same", Logger("app") is app, Logger("app", 99).level, type(Logger).__name__)
db = Logger("db", 20)
db.settings.handlers.append("file")
event("namespace", db.settings, db.settings == types.SimpleNamespace(level=20, handlers=["file"]))
view = types.MappingProxyType({"level": db.level})
event("proxy", type(view).__name__, view["level"], dict(view))
try:
    view["x"] = 1
except TypeError:
    event("read-only view")
del view, db
gc.collect()
event("keys", sorted(Logger._instances.keys()))
event("math", math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.prod([2, 3, 4]), math.comb(5, 2), math.gcd(12, 18))
del app
gc.collect()
event("end", len(Logger._instances))
