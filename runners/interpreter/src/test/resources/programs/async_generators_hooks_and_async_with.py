# includes: a_n_del.py
# Async generators driven by hand (no event loop): async for, __anext__/asend/athrow/aclose, the hooks taken on
# first iteration, what dropping an unfinished one does (the finalizer hook, or close), async with and async
# comprehensions.
import gc
import sys
import weakref


async def agen(n):
    r = A(n)
    try:
        got = yield 1
        event("sent", n, got)
        yield 2
    finally:
        event("finally", n)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


class Session:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        event("enter", self.name)
        return A("conn-" + self.name)

    async def __aexit__(self, typ, exc, tb):
        event("exit", self.name, typ)
        return typ is KeyError


async def main():
    async for x in agen("a"):
        event("got", x)
    g = agen("b")
    event("first", await g.__anext__())
    w = weakref.ref(g, lambda r: event("weakref callback b"))
    del g
    event("after del b")
    g = agen("c")
    await g.asend(None)
    event("asend", await g.asend("hello"))
    await g.aclose()
    event("closed c", g.ag_frame)
    g = agen("d")
    await g.__anext__()
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        event("athrow", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        event("exhausted d")
    async with Session("s1") as conn:
        event("using", conn.n)
        raise KeyError("swallowed")
    event("after s1")
    try:
        async with Session("s2"):
            raise ValueError("kept")
    except ValueError as e:
        event("caught", e)
    values = [x * 10 async for x in agen("e")]
    event("comprehension", values)
    return "done"


event(run(main()))


def firstiter(g):
    event("firstiter", g.__name__)


def finalizer(g):
    event("finalizer", g.__name__)


sys.set_asyncgen_hooks(firstiter, finalizer)
event(sys.get_asyncgen_hooks() == (firstiter, finalizer))


async def dropped():
    g = agen("f")
    await g.__anext__()
    del g
    event("after del f")


run(dropped())
sys.set_asyncgen_hooks(None, None)
event("hooks", sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])
g = agen("g")
run(g.__anext__())
del g
gc.collect()
event("end")
