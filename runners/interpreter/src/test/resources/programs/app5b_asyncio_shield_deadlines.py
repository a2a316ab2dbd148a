# includes: named.py
# Deadlines around a shared computation: wait_for on a future, shield, cancel messages and task names
import asyncio

class Conn(Named):
    died = "conn freed"

async def compute(fut, conn):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    fut.set_result(conn.name + ":done")
    return "computed"

async def slow(name):
    conn = Conn(name)
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError as e:
        event(name, "cancelled with", e.args)
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    worker = asyncio.create_task(compute(fut, Conn("shared")), name="computer")
    event("names", worker.get_name(), asyncio.current_task().get_name())
    event("wait_for", await asyncio.wait_for(fut, timeout=10))
    inner = asyncio.create_task(slow("inner"), name="inner")
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        event("outer cancelled", inner.cancelled(), inner.done())
    inner.cancel("shutting down")
    try:
        await inner
    except asyncio.CancelledError as e:
        event("inner cancelled", inner.cancelled())
    victim = asyncio.create_task(slow("victim"))
    victim.set_name("renamed")
    try:
        await asyncio.wait_for(victim, timeout=0)
    except asyncio.TimeoutError:
        event("timed out", victim.get_name(), victim.cancelled())
    event("worker", await worker)
    del inner, outer, victim, worker
    event("main done")

asyncio.run(main())
event("end")
