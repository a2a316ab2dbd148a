# A 3.10 frame holds no reference to its function (the caller's stack does while it runs); 3.11's interpreter
# frames own f_func. So in 3.10 a suspended generator or a traceback's frame does not keep the function alive.
import gc, weakref
gc.disable()

def make_gen():
    def gen():
        yield 1
        yield 2
    return gen

f = make_gen()
wr = weakref.ref(f, lambda r: event("  generator function dead"))
g = f()
next(g)
event("del generator function")
del f
event("del suspended generator")
del g
event("done generators")

def make_failing():
    def fail():
        raise ValueError("x")
    return fail

f = make_failing()
wr = weakref.ref(f, lambda r: event("  failing function dead"))
try:
    f()
except ValueError as e:
    tb = e.__traceback__
event("del failing function (its frame is in tb)")
del f
event("del traceback")
del tb
event("done traceback")
