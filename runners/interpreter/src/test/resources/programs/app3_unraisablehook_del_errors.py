# A test harness captures exceptions raised in __del__ and weakref callbacks with sys.unraisablehook
import sys
import gc
import weakref

captured = []
def hook(unraisable):
    captured.append((type(unraisable.exc_value).__name__, str(unraisable.exc_value)))
    event("unraisable", type(unraisable.exc_value).__name__, unraisable.exc_value)

class Flaky:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("del", self.name)
        raise RuntimeError("cannot close " + self.name)

old = sys.unraisablehook
sys.unraisablehook = hook
f = Flaky("a")
del f
event("after del a")
def cb(wr):
    event("callback")
    raise ValueError("callback failed")
g = Flaky("b")
w = weakref.ref(g, cb)
g = None
event("after b")
h = Flaky("c")
h.me = h
del h
gc.collect()
event("after cycle")
sys.unraisablehook = old
event("captured", captured)
event("restored", sys.unraisablehook is old, sys.unraisablehook is sys.__unraisablehook__)
event("end")
