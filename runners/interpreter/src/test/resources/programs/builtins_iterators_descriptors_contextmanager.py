# includes: a_n.py
import gc
from contextlib import contextmanager
gc.disable()

event(list(enumerate("ab")), list(enumerate(["x", "y"], 5)), list(zip([1, 2, 3], "ab")))
event(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed(range(3))))
for i, (x, y) in enumerate(zip("pq", [10, 20])):
    event("loop", i, x, y)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        event("setting", v)
        self._c = v
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls):
        return cls()

t = Temp.make()
t.celsius = 21
event("property", t.celsius, Temp.unit(), t.unit(), type(t).__name__)

@contextmanager
def managed(name):
    res = A(name)
    event("enter", name)
    try:
        yield res
    finally:
        event("exit", name)

with managed("cm1") as r:
    event("body", r.n)
event("after with")
try:
    with managed("cm2"):
        raise ValueError("inside")
except ValueError as e:
    event("propagated", e)

@contextmanager
def suppressing():
    try:
        yield
    except KeyError:
        event("suppressed KeyError")

with suppressing():
    raise KeyError("k")
event("end")
