# Driving an async generator by hand: asend, athrow to make it retry, aclose; its state and cleanup
# includes: named.py
import asyncio
import inspect

class Lease(Named):
    died = "lease returned"

class Retry(Exception):
    pass

async def worker(who):
    lease = Lease(who)
    event("lease taken", lease)
    attempts = 0
    try:
        while True:
            try:
                job = yield attempts
                event(who, "got", job)
            except Retry as exc:
                attempts += 1
                event(who, "retry", exc.args[0], attempts)
    finally:
        event(who, "finally, running:", inspect.isasyncgen(agen_ref[0]))

agen_ref = [None]

async def main():
    gen = worker("w1")
    agen_ref[0] = gen
    event("started", await gen.asend(None))
    event("sent", await gen.asend("job-a"))
    event("thrown", await gen.athrow(Retry("timeout")))
    event("thrown", await gen.athrow(Retry("busy")))
    await gen.aclose()
    event("closed; frame gone:", gen.ag_frame is None)
    try:
        await gen.asend("late")
    except StopAsyncIteration:
        event("exhausted")
    agen_ref[0] = None
    del gen
    event("second worker")
    g2 = worker("w2")
    await g2.asend(None)
    try:
        await g2.athrow(KeyError("fatal"))
    except KeyError as e:
        event("propagated", repr(e))
    del g2
    event("main done")

asyncio.run(main())
event("end")
