# A batch CLI that reuses one event loop for several jobs: asyncio.Runner on 3.11+, a hand-made loop before
# includes: res.py
import asyncio
import sys

class Job(Res):
    async def execute(self, log):
        await asyncio.sleep(0)
        log.append(self.name)
        return self.name.upper()

def is_async(fn):
    return asyncio.iscoroutinefunction(fn)

async def announce(loop, log):
    loop.call_soon_threadsafe(log.append, "woken")
    await asyncio.sleep(0)
    return len(log)

def run_batch(names):
    log = []
    event("execute is async", is_async(Job.execute), "announce is async", is_async(announce))
    if sys.version_info >= (3, 11):
        runner = asyncio.Runner()
        with runner:
            for name in names:
                event("ran", runner.run(Job(name).execute(log)))
            loop = runner.get_loop()
            event("announced", runner.run(announce(loop, log)))
            leftover = loop.create_task(asyncio.sleep(10, Res("pending sleep")))
    else:
        loop = asyncio.new_event_loop()
        try:
            for name in names:
                event("ran", loop.run_until_complete(Job(name).execute(log)))
            event("announced", loop.run_until_complete(announce(loop, log)))
            leftover = loop.create_task(asyncio.sleep(10, Res("pending sleep")))
            leftover.cancel()
            loop.run_until_complete(asyncio.gather(leftover, return_exceptions=True))
        finally:
            loop.close()
    event("closed", loop.is_closed(), "leftover cancelled", leftover.cancelled())
    del leftover
    return log

event("log", run_batch(["extract", "load"]))
event("end")
