# Closing a suspended generator. 3.13's gen_close takes a shortcut when the yield is outside any try/with
# block (and not a yield from): no GeneratorExit, the locals are released in index order, then the value
# stack bottom-up; elsewhere, and up to 3.12, GeneratorExit unwinds the stack top first, then the frame is
# cleared. 3.13's close() returns the value a generator returns on GeneratorExit (gh-104770), and
# frame.clear() refuses a suspended generator's frame (RuntimeError) instead of closing it.
# includes: a_label.py, suspended_generators.py
import gc
gc.disable()
g = g_plain()
next(g)
event("closing plain")
g.close()
event("closed plain", g.gi_frame is None)
def close_suspended(genfunc, what):
    g = genfunc()
    next(g)
    event("closing", what)
    g.close()
    event("closed", what)
def in_loop():
    for item in [A("item-1"), A("item-2")]:
        keep = A("keep")
        yield item
close_suspended(in_loop, "loop")
def in_try():
    a = A("try-a")
    try:
        sink(A("try-temp"), (yield))
    finally:
        event("finally")
close_suspended(in_try, "try")
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        event("exit", exc[0].__name__ if exc[0] else None)
def in_with():
    w = A("with-w")
    with Ctx():
        yield
close_suspended(in_with, "with")
def inner():
    i = A("inner-local")
    yield
def delegating():
    d = A("outer-local")
    yield from inner()
close_suspended(delegating, "yield from")
def dropped():
    x = A("dropped-x")
    y = A("dropped-y")
    yield
g = dropped()
next(g)
g = None
event("dropped suspended generator")
ge = (A(str(n)) for n in ["genexp-0", "genexp-1"])
first = next(ge)
ge.close()
event("closed genexp")
first = None
def averager():
    total = 0
    count = 0
    try:
        while True:
            total += yield
            count += 1
    except GeneratorExit:
        return A("average")
avg = averager()
next(avg)
avg.send(10)
r = avg.close()
event("close returned", type(r).__name__)
r = None
event("result dropped")
def suspended():
    s = A("suspended-local")
    try:
        yield
    finally:
        event("suspended finally")
g = suspended()
next(g)
try:
    g.gi_frame.clear()
    event("frame cleared")
except RuntimeError as e:
    event("RuntimeError", e)
event("still suspended", g.gi_suspended)
g = None
event("end")
def in_except():
    a = A("except-a")
    try:
        raise ValueError("v")
    except ValueError:
        yield
def in_finally():
    a = A("finally-a")
    try:
        pass
    finally:
        yield
def after_try():
    a = A("after-try-a")
    try:
        pass
    except ValueError:
        pass
    yield
for maker in [in_except, in_finally, after_try]:
    g = maker()
    next(g)
    event("closing", maker.__name__)
    g.close()
    event("closed", maker.__name__)
def held_frame():
    h = A("held-h")
    yield
g = held_frame()
next(g)
fr = g.gi_frame
g.close()
event("closed with its frame object held")
g = None
fr = None
event("frame object dropped")
