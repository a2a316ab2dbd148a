# PyPy: a generator gets a finalizer only if its code yields inside try/with (CO_YIELD_INSIDE_TRY), and closes
# only when suspended there; coroutines always register one, dropped once started. .expected-pypy: PyPy 7.3.11.
# includes: a_n_del.py
import gc, weakref
gc.disable()
keep = []
# n full collections, each followed by the event "collect TAG i" (i from 1).
def collect(tag, n):
    for i in range(1, n + 1):
        gc.collect()
        event("collect", tag, i)
gc.collect()
event("collect", "start")

def with_try(n):
    loc = A(n)
    try:
        yield 1
    finally:
        event("finally", n)
g = with_try("try-local"); next(g)
keep.append(weakref.ref(g, lambda r: event("cb gen")))
del g
collect("try", 2)

def plain(n):
    loc = A(n)
    yield 1
g = plain("plain-local"); next(g)
del g
collect("plain", 1)

def try_elsewhere(n):
    loc = A(n)
    yield 1
    try:
        yield 2
    finally:
        event("finally never runs", n)
g = try_elsewhere("outside-try-local"); next(g)
del g
collect("suspended outside the try", 2)

g = with_try("unstarted-arg")
del g
collect("never started", 2)

class Owner(A):
    pass
o = Owner("owner"); o.g = with_try("owned"); next(o.g)
del o
collect("owner", 3)

class Awaitable:
    def __await__(self):
        yield "suspend"
async def coro(n):
    loc = A(n)
    try:
        await Awaitable()
    finally:
        event("coroutine finally", n)
c = coro("coro-started"); c.send(None)
del c
collect("started coroutine", 2)
c = coro("coro-unstarted")
del c
collect("unstarted coroutine", 2)
event("end")
