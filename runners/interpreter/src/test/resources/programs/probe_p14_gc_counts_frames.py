# What gc.collect() counts for generators, tracebacks and frame objects in garbage cycles. Finalizing a generator,
# started or not, closes it and breaks a cycle through its frame, so nothing is left to count.
import gc, sys
gc.disable()
gc.collect()

class Box:
    __slots__ = ("ref", "__weakref__")

def gen(a):
    yield a

b = Box()
g = gen(b)
b.ref = g
del b, g
event("unstarted generator in a cycle:", gc.collect())

b = Box()
g = gen(b)
next(g)
b.ref = g
del b, g
event("suspended generator in a cycle:", gc.collect())

def fail(box):
    raise ValueError()

b = Box()
try:
    fail(b)
except ValueError as e:
    b.ref = e
del b
event("exception with traceback in a cycle:", gc.collect())

def keep_frame(box):
    box.ref = sys._getframe()

b = Box()
keep_frame(b)
del b
event("frame object in a cycle:", gc.collect())
event("nothing:", gc.collect())
