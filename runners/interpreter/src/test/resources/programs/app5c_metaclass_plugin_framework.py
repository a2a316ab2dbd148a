# A plugin framework built on a metaclass: __prepare__, __new__, __init__, __call__, __init_subclass__, __set_name__
import gc
import weakref

class Ordered(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            event("namespace set", key)
        super().__setitem__(key, value)

class Option:
    def __set_name__(self, owner, name):
        event("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

class PluginMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        event("prepare", name, sorted(kwargs))
        return Ordered()
    def __new__(mcls, name, bases, ns, **kwargs):
        event("meta new", name, type(ns).__name__)
        cls = super().__new__(mcls, name, bases, dict(ns), **kwargs)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        event("meta init", name)
        super().__init__(name, bases, ns)
        cls.instances = []
    def __call__(cls, *args, **kwargs):
        event("meta call", cls.__name__, args)
        obj = super().__call__(*args, **kwargs)
        cls.instances.append(weakref.ref(obj, lambda r: event("instance gone", cls.__name__)))
        return obj

class Plugin(metaclass=PluginMeta):
    plugins = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        event("init_subclass", cls.__name__, key)
        super().__init_subclass__(**kwargs)
        if key:
            Plugin.plugins[key] = cls
    def __class_getitem__(cls, item):
        event("class_getitem", cls.__name__, item.__name__)
        return f"{cls.__name__}[{item.__name__}]"
    def __del__(self):
        event("plugin freed", type(self).__name__)

class Csv(Plugin, key="csv"):
    sep = Option()
    quote = Option()
    def __init__(self, sep=","):
        self.__dict__["sep"] = sep

p = Csv(";")
event("options", p.sep, p.quote)
event("alias", Plugin[int])
Json = PluginMeta("Json", (Plugin,), {"indent": 2}, key="json")
event("plugins", sorted(Plugin.plugins), Json.indent, type(Json).__name__)
j = Json()
del p
event("csv dropped")
Tmp = type("Tmp", (), {"__del__": lambda self: event("tmp freed")})
Tmp()
event("tmp made")
del Plugin.plugins["json"], j, Json
gc.collect()
event("end")
