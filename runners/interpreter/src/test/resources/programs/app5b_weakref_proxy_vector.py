# A proxy handed to helper code: operators go through to the vector, and a dead proxy raises ReferenceError
import gc
import weakref
from collections.abc import Sequence

# A Sequence: iteration and `in` come from the mixin's methods over __len__ and __getitem__.
class Vector(Sequence):
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.xs, other)])
    def __eq__(self, other):
        return list(self) == list(other)
    def __repr__(self):
        return "Vector(%s)" % ", ".join(map(str, self.xs))
    def __del__(self):
        event("del", self.xs)

def describe(v):
    return "len=%d first=%s sum=%s" % (len(v), v[0], sum(v))

# Runs action, reporting the TypeError or ReferenceError it raises under label.
def attempt(label, action):
    try:
        action()
    except (TypeError, ReferenceError) as e:
        event(label, e)

gc.disable()
v = Vector(1, 2, 3)
p = weakref.proxy(v, lambda pr: event("proxy callback", type(pr).__name__))
q = weakref.proxy(v)
event("same proxy", p is q, weakref.getweakrefcount(v), len(weakref.getweakrefs(v)))
event(describe(p), 2 in p, p == [1, 2, 3], repr(p + [10, 10, 10]))
event("bool", bool(p), type(p) is weakref.ProxyType)
attempt("hash", lambda: hash(p))
attempt("ref of proxy", lambda: weakref.ref(p))
w = Vector(4, 5)
pw = weakref.proxy(w)
event("proxy plus proxy", repr(p + pw))
del v
event("v gone")
attempt("dead", lambda: len(p))
attempt("dead attr", lambda: p.xs)
event("str of dead", "dead" in str(type(p)), weakref.getweakrefcount(w))
del w
event("w gone")
gc.enable()
event("end")
