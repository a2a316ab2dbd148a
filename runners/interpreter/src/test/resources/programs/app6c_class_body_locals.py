# Declarative settings: a metaclass namespace that records declarations, read back with locals() in the body
# includes: res.py
import gc

class Declarations(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class Setting(Res):
    """A declared option; its default is the resource's name."""
    default = property(lambda self: self.name)

class SettingsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Declarations()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.declared = list(ns.order)
        return cls

class Settings(metaclass=SettingsMeta):
    host = Setting("localhost")
    port = Setting(8080)
    body = locals()
    event("in body", type(body).__name__, "host" in body, body.order[:2])
    retries: int = 3
    del body

event("declared", Settings.declared, Settings.host.default, Settings.__annotations__ == {"retries": int}, Settings.retries)
event("namespace", type(Settings.__dict__).__name__, "body" in Settings.__dict__)
Settings.port = None
event("port replaced")
del Settings
gc.collect()
event("end")
