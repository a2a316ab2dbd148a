# Producer/consumers coordinated by a Condition and a Semaphore, with call_soon/call_later on a manual loop
import asyncio

class Job:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("job freed", self.n)

async def producer(cond, jobs):
    for n in range(3):
        async with cond:
            jobs.append(Job(n))
            cond.notify()
        await asyncio.sleep(0)
    async with cond:
        jobs.append(None)
        cond.notify_all()

async def consumer(name, cond, jobs, sem, done):
    while True:
        async with cond:
            await cond.wait_for(lambda: jobs)
            job = jobs[0]
            if job is None:
                return name + " stopped"
            jobs.pop(0)
        async with sem:
            event(name, "runs job", job.n, sem.locked())
            await asyncio.sleep(0)
        del job
    
async def main(done):
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(1)
    jobs = []
    results = await asyncio.gather(
        consumer("c1", cond, jobs, sem, done),
        consumer("c2", cond, jobs, sem, done),
        producer(cond, jobs))
    event("results", results)
    loop = asyncio.get_running_loop()
    loop.call_soon(event, "call_soon", 1)
    loop.call_later(0, event, "call_later", 0)
    h = loop.call_soon(event, "never")
    h.cancel()
    event("handle cancelled", h.cancelled())
    loop.call_soon(done.set)
    await done.wait()
    event("done event set", done.is_set())

loop = asyncio.new_event_loop()
done = asyncio.Event()
try:
    loop.run_until_complete(main(done))
finally:
    loop.close()
event("loop closed", loop.is_closed(), loop.is_running())
event("end")
