# includes: named.py
# The classic lru_cache-on-a-method leak: the cache keeps self alive until cache_clear(); functools.cache too
import functools
import gc
import weakref

class Report(Named):
    died = "report freed"
    @functools.lru_cache(maxsize=4)
    def render(self, fmt):
        event("rendering", self.name, fmt)
        return f"{self.name}.{fmt}"
    @functools.cached_property
    def size(self):
        return len(self.name) * 10

r = Report("q1")
event("render", r.render("pdf"), r.render("pdf"), r.render("html"))
info = Report.render.cache_info()
event("info", info.hits, info.misses, info.currsize, info.maxsize)
wr = weakref.ref(r, lambda ref: event("q1 weakref callback"))
del r
event("q1 name dropped", wr() is not None)
Report.render.cache_clear()
event("cache cleared", wr() is None)

@functools.cache
def load(key):
    event("loading", key)
    return Report(key)

a = load("x")
event("same", load("x") is a, load.cache_info().currsize)
del a
event("a dropped")
load.cache_clear()
event("load cache cleared")

class Pricing:
    def __init__(self, rate):
        self.rate = rate
    def __del__(self):
        event("pricing freed", self.rate)
    def quote(self, qty):
        return self._cached(qty)
    def _calc(self, qty):
        return round(qty * self.rate, 2)

def make(rate):
    p = Pricing(rate)
    p._cached = functools.lru_cache(maxsize=None)(p._calc)
    return p

p = make(1.5)
event("quotes", [p.quote(q) for q in (1, 2, 1)], p._cached.cache_info().hits)
del p
event("p dropped (cycle through bound method)")
gc.collect()
event("collected")
event("end")
