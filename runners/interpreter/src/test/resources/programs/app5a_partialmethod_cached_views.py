# includes: named.py
# Chart widgets: partialmethod shortcuts, cached_property views, singledispatch on ABCs, lru_cache lifetimes
import functools
import gc
from collections.abc import Mapping, Sequence

class Series(Named):
    died = "series freed"

class Chart:
    def __init__(self, title):
        self.title = title
        self.series = []
    def add(self, kind, name, values):
        s = Series(f"{kind}:{name}", values=values)
        self.series.append(s)
        return s.name
    add_line = functools.partialmethod(add, "line")
    add_bar = functools.partialmethod(add, "bar")
    @functools.cached_property
    def totals(self):
        event("computing totals", self.title)
        return {s.name: sum(s.values) for s in self.series}
    def __del__(self):
        event("chart freed", self.title)

ch = Chart("sales")
event("added", ch.add_line("q1", [1, 2]), ch.add_bar(name="q2", values=[3]))
event("totals", ch.totals, ch.totals is ch.totals)
event("partialmethod", type(Chart.__dict__["add_line"]).__name__, Chart.add_line.__name__ if hasattr(Chart.add_line, "__name__") else "-")

@functools.singledispatch
def describe(x):
    return "thing"
@describe.register(Mapping)
def _(x):
    return f"mapping[{len(x)}]"
@describe.register(Sequence)
def _(x):
    return f"sequence[{len(x)}]"
event("describe", describe({"a": 1}), describe([1, 2]), describe("abc"), describe(3), describe(ch.totals))

@functools.lru_cache(maxsize=None)
def series_for(name):
    return Series(f"cached:{name}", values=[])
a = series_for("x")
b = series_for("x")
event("cached", a is b, series_for.cache_info().currsize)
del a, b
event("names dropped")
series_for.cache_clear()
event("cache cleared")
ch.series.pop(0)
event("popped first series")
del ch.totals
event("totals invalidated")
del ch
gc.collect()
event("end")
