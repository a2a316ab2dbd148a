# Racing mirrors with asyncio.wait(FIRST_COMPLETED): the losers are cancelled, a shielded audit survives a timeout
import asyncio

class Mirror:
    def __init__(self, name, ticks):
        self.name, self.ticks = name, ticks
    def __del__(self):
        event("mirror freed", self.name)

async def download(mirror):
    try:
        for _ in range(mirror.ticks):
            await asyncio.sleep(0)
        return f"data from {mirror.name}"
    except asyncio.CancelledError:
        event("aborted", mirror.name)
        raise

async def audit(log):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("audited")
    return "audit ok"

async def main():
    tasks = {asyncio.create_task(download(Mirror(n, t)), name=n) for n, t in [("eu", 3), ("us", 1), ("asia", 5)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = min(done, key=lambda t: t.get_name())
    event("finished first", sorted(t.get_name() for t in done), winner.result())
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
    await asyncio.wait(pending)
    event("losers cancelled", sorted(t.get_name() for t in pending if t.cancelled()))
    del tasks, done, pending, t, winner
    event("tasks dropped")
    log = []
    audit_task = asyncio.create_task(audit(log))
    try:
        await asyncio.wait_for(asyncio.shield(audit_task), timeout=0.001)
    except asyncio.TimeoutError:
        event("timed out, audit done?", audit_task.done())
    event("audit", await audit_task, log)
    event("main done")

asyncio.run(main())
event("end")
