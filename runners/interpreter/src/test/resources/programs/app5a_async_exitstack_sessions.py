# includes: named.py
# Async session pool: AsyncExitStack with asynccontextmanager, push_async_callback and sync contexts
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager, nullcontext

class Session(Named):
    died = "session freed"

@asynccontextmanager
async def open_session(name):
    s = Session(name)
    event("open", name)
    try:
        yield s
    except LookupError as e:
        event("session saw", type(e).__name__)
        raise
    finally:
        await asyncio.sleep(0)
        event("close", name)

async def flush(tag):
    await asyncio.sleep(0)
    event("flushed", tag)

async def run_batch(names, fail=False):
    async with AsyncExitStack() as stack:
        sessions = [await stack.enter_async_context(open_session(n)) for n in names]
        stack.push_async_callback(flush, "batch")
        stack.enter_context(nullcontext())
        stack.callback(event, "sync callback", len(sessions))
        if fail:
            raise LookupError("no such row")
        return [s.name for s in sessions]

async def main():
    event("result", await run_batch(["a", "b"]))
    try:
        await run_batch(["c"], fail=True)
    except LookupError as e:
        event("batch failed", e)
    stack = AsyncExitStack()
    s = await stack.enter_async_context(open_session("late"))
    event("holding", s)
    del s
    await stack.aclose()
    event("stack closed")

asyncio.run(main())
event("end")
