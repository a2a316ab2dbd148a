# A plugin loader using inspect: classes and functions of a namespace, signatures, generator and coroutine states
import inspect
import types

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("resource freed", self.name)

def fetch(url, *, retries=3, timeout=None, **options):
    """fetch a url"""
    return url

def stream(n):
    r = Resource("stream")
    for i in range(n):
        yield i

async def job(x, y=2):
    return x * y

class Plugin:
    kind = "base"
    def run(self, a, b=1):
        return a + b
    @staticmethod
    def helper(x):
        return x
    @property
    def label(self):
        return "plugin"

ns = types.SimpleNamespace(fetch=fetch, stream=stream, job=job, Plugin=Plugin, VERSION=3)
members = inspect.getmembers(ns, lambda o: inspect.isfunction(o) or inspect.isclass(o))
event("members", [name for name, _ in members])
event("kinds", inspect.isgeneratorfunction(stream), inspect.iscoroutinefunction(job), inspect.isclass(ns.VERSION))
sig = inspect.signature(fetch)
event("sig", str(sig))
for p in sig.parameters.values():
    event("param", p.name, p.kind.name, p.default is inspect.Parameter.empty)
bound = sig.bind("http://x", retries=5, verbose=True)
bound.apply_defaults()
event("bound", dict(bound.arguments))
event("method sig", str(inspect.signature(Plugin().run)), str(inspect.signature(Plugin.run)))
event("plugin members", [n for n, _ in inspect.getmembers(Plugin) if not n.startswith("_")])
g = stream(2)
event("gen", inspect.getgeneratorstate(g))
next(g)
event("gen", inspect.getgeneratorstate(g), sorted(inspect.getgeneratorlocals(g)))
g.close()
event("gen", inspect.getgeneratorstate(g))
c = job(3)
event("coro", inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as stop:
    event("coro result", stop.value, inspect.getcoroutinestate(c))
frame = inspect.currentframe()
event("frame", frame.f_code.co_name, inspect.getdoc(fetch))
del frame
event("end")
