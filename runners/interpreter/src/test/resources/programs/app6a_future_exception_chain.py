# Results handed over through futures: an exception set on a future keeps its traceback's frames until retrieved
# includes: named.py
import asyncio
import gc

class Payload(Named):
    died = "payload freed"

class ParseError(ValueError):
    pass

def parse(raw, holder):
    buf = Payload(f"buf-{raw}")
    if not raw.isdigit():
        raise ParseError(f"bad input {raw!r}")
    return int(raw)

async def produce(fut, raw):
    await asyncio.sleep(0)
    try:
        fut.set_result(parse(raw, fut))
    except ParseError as exc:
        fut.set_exception(exc)
        event("stored", type(exc).__name__)

async def consume(raw):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    producer = loop.create_task(produce(fut, raw))
    try:
        value = await fut
        event("value", value)
    except ParseError as exc:
        event("failed", exc, exc.__traceback__ is not None)
        try:
            raise RuntimeError("consumer gave up") from exc
        except RuntimeError as outer:
            event("chained", type(outer.__cause__).__name__)
    await producer
    event("consume done", raw)

async def main():
    await consume("42")
    await consume("x7")
    gc.collect()
    event("main done")

asyncio.run(main())
event("end")
