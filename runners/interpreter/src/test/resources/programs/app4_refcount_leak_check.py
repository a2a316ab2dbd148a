# includes: named.py
# A leak check with sys.getrefcount where the interpreter counts references, a weakref probe elsewhere
import gc
import sys
import weakref

CPYTHON = sys.implementation.name == "cpython"

class Handle(Named):
    died = "handle freed"

def refs(obj):
    return sys.getrefcount(obj) if CPYTHON else None

def leak_check(fn):
    h = Handle(fn.__name__)
    before = refs(h)
    probe = weakref.ref(h)
    fn(h)
    after = refs(h)
    event(fn.__name__, "leaked refs" if CPYTHON and after > before else "ok")
    del h
    gc.collect()
    event(fn.__name__, "freed" if probe() is None else "still alive")

registry = []
def careful(h):
    tmp = [h, h]
    del tmp
def leaky(h):
    registry.append(h)
def cyclic(h):
    h.me = h

leak_check(careful)
leak_check(leaky)
leak_check(cyclic)
event("registry", [h.name for h in registry])
registry.clear()
gc.collect()
event("impl", "refcounting" if CPYTHON else "tracing", refs(object()) in (1, None))
event("end")
