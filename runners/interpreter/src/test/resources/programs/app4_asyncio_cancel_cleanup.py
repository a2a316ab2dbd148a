# Cancelling a task that holds a lock-like resource: cleanup in finally, CancelledError re-raised or swallowed
# includes: named.py
import asyncio
import gc

class Lease(Named):
    died = "lease freed"
    def __init__(self, name):
        super().__init__(name)
        event("lease", name)
    def release(self):
        event("release", self.name)

async def worker(name, swallow=False):
    lease = Lease(name)
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        event(name, "cancelled")
        if not swallow:
            raise
        return "swallowed"
    finally:
        lease.release()

async def main():
    t1 = asyncio.create_task(worker("t1"))
    t2 = asyncio.create_task(worker("t2", swallow=True))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    event("cancel returns", t1.cancel(), t2.cancel())
    results = await asyncio.gather(t1, t2, return_exceptions=True)
    event("results", [type(r).__name__ for r in results], t1.cancelled(), t2.cancelled())
    event("cancel done task", t1.cancel(), t1.done())
    try:
        await t1
    except asyncio.CancelledError:
        event("awaiting cancelled task raises")
    del t1, t2, results
    event("tasks dropped")
    gc.collect()
    event("collected")

asyncio.run(main())
event("end")
