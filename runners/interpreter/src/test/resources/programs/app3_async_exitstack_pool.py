# includes: named.py
# A service opens async connections in an AsyncExitStack and closes them in reverse, also on failure
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

class Conn(Named):
    died = "conn freed"
    async def __aenter__(self):
        event("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        event("close", self.name, et.__name__ if et else None)
        return False

@asynccontextmanager
async def session(name):
    event("session start", name)
    try:
        yield name.upper()
    finally:
        event("session end", name)

async def cleanup(tag):
    event("async callback", tag)

async def serve(fail):
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Conn(n)) for n in ("db", "cache")]
        s = await stack.enter_async_context(session("user"))
        stack.push_async_callback(cleanup, "metrics")
        stack.callback(event, "sync callback")
        event("serving", [c.name for c in conns], s)
        del conns
        if fail:
            raise RuntimeError("boom")
    event("served")

async def main():
    await serve(False)
    try:
        await serve(True)
    except RuntimeError as e:
        event("caught", e)
    stack = AsyncExitStack()
    await stack.enter_async_context(Conn("moved"))
    later = stack.pop_all()
    event("popped")
    await stack.aclose()
    event("first stack closed")
    await later.aclose()
    event("main end")

asyncio.run(main())
event("end")
