# Cancelling a gather cancels its children; a child that swallows the cancel; wait_for on an empty queue
# includes: a_label.py
import asyncio
import sys

async def fetch(label, ticks, stubborn=False):
    guard = A(label)
    for _ in range(ticks):
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as exc:
            msg = exc.args[0] if exc.args else None
            event(label, "got cancel", msg if sys.version_info >= (3, 9) else None)
            if not stubborn:
                raise
            event(label, "ignores it")
    return f"{guard!r} done"

async def main():
    group = asyncio.gather(fetch("a", 2), fetch("b", 9), fetch("c", 9, stubborn=True))
    await asyncio.sleep(0)
    event("cancel gather", group.cancel())
    try:
        event("gathered", await group)
    except asyncio.CancelledError:
        event("gather cancelled", group.cancelled())
    del group
    queue = asyncio.Queue()
    try:
        await asyncio.wait_for(queue.get(), timeout=0.01)
    except asyncio.TimeoutError:
        event("queue empty, getters left", len(getattr(queue, "_getters", ())))
    queue.put_nowait(A("late item"))
    event("got", await asyncio.wait_for(queue.get(), timeout=1))
    task = asyncio.create_task(fetch("d", 5))
    await asyncio.sleep(0)
    task.cancel("shutdown")
    done, _ = await asyncio.wait([task])
    event("d cancelled", task.cancelled(), len(done))
    del task, done
    event("main done")

asyncio.run(main())
event("end")
