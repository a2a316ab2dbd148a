# includes: a_n_del.py
# asyncio.TaskGroup and asyncio.timeout/timeout_at (3.11+; absent on 3.10 and PyPy 3.9): the group waits for its
# tasks, cancels the rest when one fails and raises an ExceptionGroup; the failed job's frame lives in the
# exception's traceback until the collection.
import asyncio, gc, sys
async def job(n, delay, fail=False):
    a = A(n)
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"job {n} failed")
        return n
    finally:
        event("job exit", n)
async def main():
    if not hasattr(asyncio, "TaskGroup"):
        event("no TaskGroup", hasattr(asyncio, "timeout"))
        return
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1, 0.1))
        t2 = tg.create_task(job(2, 0.2))
        event("created")
    event("group done", t1.result(), t2.result())
    del t1, t2
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(3, 0.1, fail=True))
            tg.create_task(job(4, 1))
            await asyncio.sleep(5)
            event("not reached")
    except ExceptionGroup as eg:
        event("eg", type(eg).__name__, str(eg), [str(e) for e in eg.exceptions])
        del eg
    event("after group")
    try:
        async with asyncio.timeout(0.1) as cm:
            await job(5, 1)
    except TimeoutError as e:
        event("timeout", cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm2:
        r = await job(6, 0.1)
    event("in time", r, cm2.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        event("timeout_at")
asyncio.run(main())
gc.collect()
event("end")
