# includes: named.py
# Background tasks whose errors nobody awaited, reported by the loop's exception handler, and async generators
# closed with aclose or left to the loop's shutdown_asyncgens
import asyncio
import gc

class Cursor(Named):
    died = "cursor freed"

async def rows(name, n):
    cur = Cursor(name)
    try:
        for i in range(n):
            yield i
    finally:
        event("rows finally", name)

async def failing(tag):
    await asyncio.sleep(0)
    raise KeyError(tag)

def handler(loop, context):
    exc = context.get("exception")
    event("handler", context["message"], type(exc).__name__, exc.args)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(failing("lost"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    event("task done", t.done())
    del t
    gc.collect()
    event("after drop")
    kept = asyncio.create_task(failing("kept"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    event("retrieved", repr(kept.exception()))
    del kept
    gen = rows("explicit", 5)
    async for r in gen:
        if r == 1:
            break
    await gen.aclose()
    event("aclose done")
    results = await asyncio.gather(failing("g1"), asyncio.sleep(0, result="ok"), return_exceptions=True)
    event("gather", [type(r).__name__ for r in results])
    del results
    global pending
    pending = rows("pending", 5)
    event("first", await pending.__anext__())
    event("main returns")

asyncio.run(main())
event("after run")
del pending
gc.collect()
event("end")
