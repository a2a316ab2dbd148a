# asyncio workers gather results while a slow task is cancelled holding a lock-like resource it releases in finally
import asyncio

class Handle:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("handle", self.name, "freed")

async def fetch(name: str, delay_steps: int) -> str:
    h = Handle(name)
    try:
        for _ in range(delay_steps):
            await asyncio.sleep(0)
        event("fetched", name)
        return name.upper()
    except asyncio.CancelledError:
        event("cancelled", name)
        raise
    finally:
        event("release", name)

async def main():
    slow = asyncio.create_task(fetch("slow", 100))
    results = await asyncio.gather(fetch("a", 1), fetch("b", 3))
    event("gathered", results)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        event("slow was cancelled", slow.cancelled())
    del slow
    event("main done")
    return len(results)

event("run ->", asyncio.run(main()))
event("end")
