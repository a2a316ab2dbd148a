# includes: named.py
# contextlib's async managers (Python source on every interpreter): asynccontextmanager's generator runs under
# __aenter__/__aexit__, so its locals die inside __aexit__; AsyncExitStack awaits async exits and calls sync ones,
# last pushed first, and its bound exits hold their managers until then; aclosing (3.10+) awaits aclose().
import asyncio
import contextlib
import gc
import sys


class Conn(Named):
    died = "conn freed"

    async def close(self):
        event("close", self.name)

    async def aclose(self):
        event("aclose", self.name)



@contextlib.asynccontextmanager
async def connect(n):
    c = Conn(n)
    event("open", n)
    try:
        yield c
    finally:
        await c.close()
        event("finally", n)


async def main():
    async with connect(1) as c:
        event("using", c.name)
    event("after with")
    del c
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(connect(2))
        b = await stack.enter_async_context(connect(3))
        stack.push_async_callback(Conn(9).close)
        stack.callback(event, "sync callback")
        event("stack body")
    event("after stack")
    del a, b
    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(connect(4))
    moved = stack.pop_all()
    event("popped", len(stack._exit_callbacks))
    await moved.aclose()
    del moved
    event("moved closed")
    aclosing = getattr(contextlib, "aclosing", None)
    if aclosing is not None:
        async with aclosing(Conn(5)) as c5:
            event("aclosing body")
        del c5
    try:
        async with connect(6):
            raise ValueError("boom")
    except ValueError as e:
        event("caught", e)
    if sys.version_info >= (3, 10):
        @connect(7)
        async def job():
            event("job runs")
        await job()
        event("job done")
        async with contextlib.nullcontext(Conn(8)) as c8:
            event("async null", c8.name)
        del c8


asyncio.run(main())
gc.collect()
event("end")
