# Plugin classes built at run time: types.new_class with metaclass and keywords, __init_subclass__, gc of classes
import gc
import types
import weakref

registry = []

class PluginMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        event("prepare", name, sorted(kw))
        return {"created_by": "meta"}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        event("meta new", name, ns["created_by"])
        return cls

class Plugin(metaclass=PluginMeta):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        registry.append(weakref.ref(cls, lambda r: event("plugin class collected")))
        event("init_subclass", cls.__name__, tag)
    def __del__(self):
        event("plugin instance freed", type(self).__name__)

def build(name, tag):
    def body(ns):
        ns["run"] = lambda self: f"{name} runs ({self.tag})"
    return types.new_class(name, (Plugin,), {"tag": tag}, body)

Csv = build("Csv", "io")
Json = build("Json", "fmt")
event("run", Csv().run(), Json().run(), type(Csv).__name__)
meta, ns, kw = types.prepare_class("Probe", (Plugin,), {"tag": "x"})
event("prepare_class", meta.__name__, ns, kw)
event("resolve", types.resolve_bases((Plugin, int)) == (Plugin, int))
event("alive", [r() is not None for r in registry])
del Csv
gc.collect()
event("after Csv collect", [r() is not None for r in registry])
inst = Json()
del Json
gc.collect()
event("Json kept by instance", registry[1]() is not None)
del inst
gc.collect()
event("end", [r() is None for r in registry])
