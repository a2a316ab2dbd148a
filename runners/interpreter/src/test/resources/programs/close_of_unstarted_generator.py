# close() of a never-started generator: 3.11 throws GeneratorExit into it (its frame, and the arguments it
# owns, are cleared inside close()); 3.12 only marks it completed, so the frame lives until the generator dies.
# includes: a_label.py
import gc, weakref
gc.disable()
def g(a):
    try:
        yield a
    finally:
        event("finally ran")
it = g(A("arg"))
r = weakref.ref(it, lambda ref: event("generator weakref callback"))
it.close()
event("closed", it.gi_frame is None, it.gi_running, it.gi_suspended)
try:
    next(it)
except StopIteration:
    event("next after close: StopIteration")
try:
    it.throw(ValueError("v"))
except ValueError as e:
    event("throw after close:", e)
it = None
event("dropped")
def outer(a):
    yield from g(a)
o = outer(A("outer-arg"))
o.close()
event("outer closed")
o = None
event("outer dropped")
def cyc(a):
    yield
h = A("holder")
h.gen = cyc(h)
h.gen.close()
h = None
event("cycle not broken by close")
gc.collect()
event("collected")
