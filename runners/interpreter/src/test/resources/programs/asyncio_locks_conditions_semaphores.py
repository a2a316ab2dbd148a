# includes: a_n_del.py
# asyncio.locks under `async with`: Lock, Semaphore, BoundedSemaphore, Condition (wait_for, notify_all), Event;
# Queue is neither an async iterator nor an async context manager, a Lock no plain context manager (3.10 and PyPy
# word those errors as AttributeErrors).
import asyncio, sys


async def locked_worker(lock, n, log):
    a = A(n)
    async with lock:
        event("in", n, lock.locked())
        await asyncio.sleep(0)
        event("out", n)
    del a
async def sem_worker(sem, n):
    async with sem:
        event("sem in", n, sem.locked())
        await asyncio.sleep(0.1 * n)
    event("sem out", n)
async def main():
    lock = asyncio.Lock()
    log = []
    r = await asyncio.gather(*(locked_worker(lock, i, log) for i in range(3)))
    event("gathered", r, lock.locked())
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(sem_worker(sem, i) for i in range(1, 4)))
    b = asyncio.BoundedSemaphore(1)
    async with b:
        event("bounded", b.locked())
    try:
        b.release()
    except ValueError as e:
        event("ValueError", e)
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            r = await cond.wait_for(lambda: items)
            event("consumer", n, items.pop().n, len(r))
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append(A(100))
        items.append(A(101))
        cond.notify_all()
        event("notified")
    await asyncio.gather(*cs)
    event("cond done")
    ev = asyncio.Event()
    async def ew(n):
        h = A(200 + n)
        await ev.wait()
        event("ev woke", n)
    ts = [asyncio.create_task(ew(i)) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    event("set", ev.is_set())
    await asyncio.wait(ts)
    del ts
    event("ev done")
    q = asyncio.Queue()
    try:
        async for x in q:
            pass
    except TypeError as e:
        event("TypeError", e)
    try:
        async with q:
            pass
    except (TypeError, AttributeError) as e:
        event(type(e).__name__, e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError, RuntimeError) as e:
        event(type(e).__name__, e)
    event("repr", repr(lock).split(" [")[1], repr(sem).split(" [")[1], repr(ev).split(" [")[1])
asyncio.run(main())
event("end")
