# includes: named.py
# A job runner orders work with asyncio.PriorityQueue and keeps an undo stack in asyncio.LifoQueue
import asyncio

class Job(Named):
    died = "job freed"
    def __lt__(self, other):
        return self.name < other.name

async def worker(q, undo):
    while True:
        prio, job = await q.get()
        event("run", prio, job.name)
        await undo.put(job.name)
        del job
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    undo = asyncio.LifoQueue(maxsize=10)
    for prio, name in [(3, "backup"), (1, "deploy"), (2, "test"), (1, "build")]:
        q.put_nowait((prio, Job(name)))
    event("queued", q.qsize(), q.empty())
    w = asyncio.create_task(worker(q, undo))
    await q.join()
    event("all done", q.empty())
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        event("worker cancelled")
    steps = []
    while not undo.empty():
        steps.append(undo.get_nowait())
    event("undo order", steps)
    try:
        undo.get_nowait()
    except asyncio.QueueEmpty:
        event("QueueEmpty")
    full = asyncio.Queue(maxsize=1)
    full.put_nowait(Job("only"))
    try:
        full.put_nowait(Job("extra"))
    except asyncio.QueueFull:
        event("QueueFull", full.full())
    event("main end")

asyncio.run(main())
event("end")
