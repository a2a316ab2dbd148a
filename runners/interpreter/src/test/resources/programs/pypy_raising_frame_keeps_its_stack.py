# PyPy: a frame left by an exception keeps its value stack in the frame object the traceback holds, so operands,
# held call arguments and iterators live until the traceback dies. A yield inside an except handler (not a try
# body) gives the generator no finalizer. .expected-pypy: PyPy 7.3.11.
# includes: a_n_del.py
import gc, weakref, sys
gc.disable()
gc.collect()

def g(x, y):
    raise ValueError
def f():
    return g(A("held-arg"), A("held-arg2"))
try:
    f()
except ValueError:
    gc.collect()
    event("in handler")
gc.collect()
event("after")

def h():
    t = (A("tuple-temp"), 1)
    return [A("list-temp"), t[5]]
try:
    h()
except IndexError:
    gc.collect()
    event("in handler 2")
gc.collect()
event("after 2")

def k():
    for x in [A("iter-item")]:
        raise KeyError
try:
    k()
except KeyError:
    gc.collect()
    event("in handler 3")
gc.collect()
event("after 3")

def yield_in_handler():
    loc = A("in-except")
    try:
        raise KeyError
    except KeyError:
        yield 1
it = yield_in_handler()
next(it)
it = None
gc.collect()
event("collected 1")
gc.collect()
event("collected 2")
