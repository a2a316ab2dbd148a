# functools.lru_cache and functools.cache (CPython's C _lru_cache_wrapper under a Python factory) keep every key
# and result alive until cache_clear() or the wrapper's death: unbounded caches release key then result in
# insertion order, bounded ones least recently used first. A lone int or str argument is its own key; other calls
# are keyed by a tuple of the arguments.
# includes: probe.py
import functools
import gc


class R(Probe):
    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, R) and other.name == self.name


@functools.cache
def square(x):
    event("compute", x)
    return R("sq%s" % x)


square(1)
square(2)
square(1)
event("cached", square.__name__, square.__wrapped__.__name__)
square.cache_clear()
event("cleared")
square(3)


@functools.lru_cache(maxsize=None)
def pair(a, b):
    return R("%s+%s" % (a.name, b.name))


pair(R("a"), R("b"))
event("pair key holds its arguments")
pair(R("a"), R("b"))
pair(R("c"), R("d"))
pair.cache_clear()
event("pair cleared")


@functools.lru_cache(maxsize=8)
def bounded(k):
    return R("v" + k)


bounded("x")
bounded("y")
bounded("z")
bounded("x")
event("bounded cleared in recency order")
bounded.cache_clear()
bounded("w")
event("del bounded")
del bounded
event("del square")
del square
gc.collect()
event("end")
