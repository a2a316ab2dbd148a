# includes: named.py
# Producer/consumer with asyncio.Queue, task_done/join and sentinel shutdown; jobs die when consumed
import asyncio
import gc

class Job(Named):
    died = "job freed"

async def producer(q, count):
    for i in range(count):
        await q.put(Job(i))
        event("queued", i, q.qsize())
    await q.put(None)
    await q.put(None)

async def consumer(name, q, results):
    while True:
        job = await q.get()
        try:
            if job is None:
                event(name, "stops")
                return name
            event(name, "handles", job.name)
            results.append(job.name * 10)
            await asyncio.sleep(0)
            gc.collect()
        finally:
            job = None
            q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    workers = [asyncio.create_task(consumer(n, q, results)) for n in ("w1", "w2")]
    await producer(q, 4)
    await q.join()
    event("joined", sorted(results))
    names = await asyncio.gather(*workers)
    event("gathered", names, q.empty())

asyncio.run(main())
event("end")
