# A bounded queue between a producer and two consumers; sentinels stop the consumers, join() waits for task_done
import asyncio
import weakref

import itertools

_ids = itertools.count(1)

class Job:
    def __init__(self, payload):
        self.id, self.payload = next(_ids), payload
        weakref.finalize(self, event, "job", self.id, "finished")

STOP = object()

async def producer(queue, items):
    for item in items:
        await queue.put(Job(item))
        event("queued", item, "size", queue.qsize(), "full" if queue.full() else "")
    for _ in range(2):
        await queue.put(STOP)

async def consumer(name, queue, out):
    handled = 0
    while (job := await queue.get()) is not STOP:
        await asyncio.sleep(0)
        out.append((name, job.payload.upper()))
        handled += 1
        job = None
        queue.task_done()
    queue.task_done()
    event(name, "stopping after", handled)
    return name

async def main():
    queue = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, out)) for i in range(2)]
    await producer(queue, ["alpha", "beta", "gamma", "delta"])
    await queue.join()
    event("joined, unfinished", queue._unfinished_tasks if hasattr(queue, "_unfinished_tasks") else 0)
    event("stopped", await asyncio.gather(*consumers))
    event("processed", sorted(p for _, p in out))

asyncio.run(main())
event("end")
