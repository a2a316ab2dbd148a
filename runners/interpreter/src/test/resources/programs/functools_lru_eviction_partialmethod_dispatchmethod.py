# functools beyond partial and the unbounded cache: a bounded lru_cache (CPython's C wrapper) calls the function on a
# miss first, then stores the new entry and releases the least recently used key, then its result; typed=True keys
# by type too; cache_info() counts; a cache in a class body binds as a method. partialmethod reads as a partial of
# the bound method; singledispatchmethod makes a closure per read, which CPython 3.13.0 keeps in a
# WeakKeyDictionary keyed by the instance, so that instance lives as long as its class.
# includes: probe.py
import functools
import gc


class Key(Probe):
    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name


@functools.lru_cache(maxsize=2)
def load(key):
    event("load", key.name)
    return Probe("page-" + key.name)


load(Key("a"))
load(Key("b"))
load(Key("a"))
event("before c")
load(Key("c"))
event("after c", load.cache_info())
load(Key("d"))
event("after d", load.cache_info().currsize)
load.cache_clear()
event("cleared", load.cache_info())


@functools.lru_cache(typed=True)
def scale(x):
    return Probe("scaled-" + repr(x))


scale(2)
scale(2.0)
scale(2)
event("typed", scale.cache_info())
del scale
gc.collect()
event("typed cache dropped")


class Panel(Probe):
    def set_colour(self, colour, alpha=1):
        event("colour", self.name, colour, alpha)

    red = functools.partialmethod(set_colour, "red", alpha=0)

    @functools.lru_cache(maxsize=None)
    def area(self, scale):
        return Probe("area-" + self.name)

    @functools.singledispatchmethod
    def show(self, value):
        event("show object", type(value).__name__)

    @show.register(int)
    def _(self, value):
        event("show int", value)


p = Panel("p1")
p.red()
event(type(p.red).__name__, p.red.func.__name__, p.red.args, p.red.keywords)
p.area(1)
p.area(1)
event("area cached", Panel.area.cache_info())
q = Panel("p2")
q.show(3)
q.show("x")
del q
gc.collect()
event("q dropped")
Panel.area.cache_clear()
del p
gc.collect()


@functools.total_ordering
class Version:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


# __gt__ from __lt__ is `not lt and self != other`: != without __ne__ inverts __eq__ (object.__ne__).
event(Version(1) > Version(1), Version(2) >= Version(1), Version(1) != Version(1))
key = functools.cmp_to_key(lambda a, b: a.v - b.v)(Version(3))
event(type(key).__name__, key.obj.v, key < functools.cmp_to_key(lambda a, b: a.v - b.v)(Version(4)))
event("end")
