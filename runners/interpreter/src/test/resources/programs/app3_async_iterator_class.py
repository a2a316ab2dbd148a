# includes: named.py
# An async paginated cursor as a class with __aiter__/__anext__, closed early with aclosing where available
import asyncio
import contextlib

class Page(Named):
    died = "page freed"

class Cursor:
    def __init__(self, pages):
        self.pages = pages
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.pages:
            raise StopAsyncIteration
        self.i += 1
        return Page(self.i)
    def __del__(self):
        event("cursor freed", self.i)

async def rows():
    try:
        for i in range(5):
            yield i
    finally:
        event("rows closed")

aclosing = getattr(contextlib, "aclosing", None)

async def main():
    async for page in Cursor(3):
        event("page", page.name)
    del page
    event("loop done")
    got = [p.name async for p in Cursor(2)]
    event("comprehension", got)
    it = Cursor(2).__aiter__()
    event("manual", (await it.__anext__()).name, (await anext(it)).name if hasattr(__builtins__, "anext") or "anext" in dir(__builtins__) else (await it.__anext__()).name)
    try:
        await it.__anext__()
    except StopAsyncIteration:
        event("stop")
    del it
    if aclosing is not None:
        async with aclosing(rows()) as r:
            async for x in r:
                if x == 1:
                    break
        event("after aclosing")
    else:
        r = rows()
        async for x in r:
            if x == 1:
                break
        await r.aclose()
        event("after aclosing")

asyncio.run(main())
event("end")
