# includes: named.py
# Waiting for an asyncio.Event with a budget of loop turns (sleep(0)) instead of wait_for
import asyncio

class Signal(Named):
    died = "signal freed"

async def wait_turns(ev, turns):
    for i in range(turns):
        if ev.is_set():
            return i
        await asyncio.sleep(0)
    return None

async def setter(ev, after, payload):
    for _ in range(after):
        await asyncio.sleep(0)
    payload.append(Signal("ready"))
    ev.set()
    event("set after", after)

async def main():
    ready = asyncio.Event()
    box = []
    asyncio.get_running_loop().create_task(setter(ready, 3, box))
    got = await wait_turns(ready, 10)
    event("ready in turns", got, box[0].name)
    late = asyncio.Event()
    missed = await wait_turns(late, 2)
    event("timed out", missed, late.is_set())
    waiter = asyncio.create_task(late.wait())
    await asyncio.sleep(0)
    late.set()
    event("waiter result", await waiter)
    ready.clear()
    event("cleared", ready.is_set())
    box.clear()
    event("box cleared")

asyncio.run(main())
event("end")
