# Merging feeds with async comprehensions: async for in list/dict/set comprehensions, await in a generator expression
# includes: a_label.py
import asyncio

class Item(A):
    @property
    def n(self):
        return int(self.label[1:])

async def feed(name, count):
    try:
        for n in range(count):
            await asyncio.sleep(0)
            yield Item(f"{name}{n}")
    finally:
        event("feed", name, "closed")

async def score(item):
    await asyncio.sleep(0)
    return item.n * 10

async def main():
    items = [it async for it in feed("a", 3)]
    event("list", items)
    scores = {repr(it): await score(it) for it in items}
    event("scores", scores)
    del items
    event("items dropped")
    evens = [it.n async for it in feed("b", 4) if it.n % 2 == 0]
    event("evens", evens)
    gen = (await score(it) async for it in feed("c", 2))
    total = 0
    async for s in gen:
        total += s
    event("total", total)
    del gen
    event("main done")

asyncio.run(main())
event("end")
