# includes: named.py
# A config loader using types: SimpleNamespace, MappingProxyType, MethodType, function attributes, new_class
import types
import weakref

class Resource(Named):
    died = "resource freed"

cfg = types.SimpleNamespace(host="localhost", port=8080, res=Resource("pool"))
event("namespace", cfg.host, cfg.port, cfg == types.SimpleNamespace(**vars(cfg)))
cfg.port += 1
del cfg.host
event("vars", sorted(vars(cfg)), repr(types.SimpleNamespace(a=1, b="x")))

settings = {"debug": False, "res": Resource("cache")}
view = types.MappingProxyType(settings)
try:
    view["debug"] = True
except TypeError as e:
    event("read-only", type(e).__name__)
settings["debug"] = True
event("proxy sees update", view["debug"], len(view), "res" in view, view.get("nope", 0))
del settings
event("settings name dropped")
copied = view.copy()
del view
event("view dropped", sorted(copied))
copied.clear()
event("copy cleared")

def greet(self, punct="!"):
    return f"hello from {self.name}{punct}"

r = Resource("greeter")
bound = types.MethodType(greet, r)
event("methodtype", bound(), bound.__self__ is r, bound.__func__ is greet)
wr = weakref.ref(r, lambda ref: event("greeter ref cleared"))
del r
event("bound holds", wr() is not None)
del bound
event("bound dropped")
event("function attrs", greet.__name__, greet.__defaults__, greet.__code__.co_argcount, greet.__kwdefaults__)
greet.__defaults__ = ("?",)
event("new default", greet(types.SimpleNamespace(name="ns")))

def body(ns):
    ns["kind"] = "dynamic"
    ns["describe"] = lambda self: f"{type(self).__name__}:{self.kind}"
Dyn = types.new_class("Dyn", (Resource,), {}, body)
d = Dyn("dyn")
event("new_class", d.describe(), Dyn.__mro__[1].__name__)
def gen():
    yield 1
async def coro():
    return 1
g = gen()
c = coro()
event("checks", isinstance(g, types.GeneratorType), isinstance(c, types.CoroutineType), type(greet) is types.FunctionType)
c.close()
del d
cfg.res = None
event("end")
