# includes: named.py
# Async generators driven by hand: asend, athrow, aclose, async comprehensions and sys.set_asyncgen_hooks
import gc
import sys
import types

@types.coroutine
def tick():
    yield "tick"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

class Conn(Named):
    died = "conn freed"

async def rows(name, n):
    conn = Conn(name)
    try:
        for i in range(n):
            await tick()
            got = yield i
            if got is not None:
                event(name, "received", got)
    except KeyError as e:
        event(name, "athrow caught", e)
        yield -1
    finally:
        event(name, "finally")

def first_iter(agen):
    event("firstiter", agen.__name__)

def finalizer(agen):
    event("finalizer", agen.__name__)
    run(agen.aclose())

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=first_iter, finalizer=finalizer)

async def main():
    squares = [x * x async for x in rows("squares", 3)]
    event("squares", squares)
    evens = [x async for x in rows("filtered", 5) if x % 2 == 0]
    event("evens", evens)
    g = rows("talk", 4)
    event("first", await g.asend(None))
    event("sent", await g.asend("hello"))
    event("thrown", await g.athrow(KeyError("stop")))
    await g.aclose()
    event("closed")
    g = rows("abandoned", 10)
    event("abandoned first", await g.__anext__())
    del g
    event("abandoned dropped")
    gen2 = rows("explicit", 3)
    async for v in gen2:
        if v == 1:
            break
    await gen2.aclose()
    event("explicit closed")
    return "done"

event("main", run(main()))
sys.set_asyncgen_hooks(*old)
gc.collect()
event("end")
