# includes: a_n_del.py
# asyncio (Python source): tasks, gather, cancellation, Queue, Event, and what asyncio.run returns.
import asyncio, gc
async def worker(n):
    r = A(n)
    event("start", n)
    await asyncio.sleep(0)
    event("mid", n)
    await asyncio.sleep(0.1)
    event("end", n)
    return n * 2
async def main():
    t = asyncio.create_task(worker(1))
    res = await asyncio.gather(worker(2), worker(3))
    event("gathered", res)
    event("t", await t)
    c = asyncio.create_task(worker(4))
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        event("cancelled")
    del c
    await asyncio.sleep(0)
    event("after cancel")
    q = asyncio.Queue()
    async def prod():
        for i in range(3):
            await q.put(A(10 + i))
        await q.put(None)
    async def cons():
        while True:
            item = await q.get()
            if item is None:
                break
            event("got", item.n)
            del item
    await asyncio.gather(prod(), cons())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        event("woke")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    return A(99)
r = asyncio.run(main())
event("ran", r.n)
del r
event("end")
