# Async pagination with async generators: contextlib.aclosing (3.10+), asynccontextmanager, cleanup order
import asyncio
import contextlib
import sys

class Page:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("page freed", self.n)

async def pages(limit):
    try:
        for n in range(limit):
            await asyncio.sleep(0)
            yield Page(n)
    finally:
        event("pages cleanup")

if sys.version_info >= (3, 10):
    aclosing = contextlib.aclosing
else:
    @contextlib.asynccontextmanager
    async def aclosing(thing):
        try:
            yield thing
        finally:
            await thing.aclose()

@contextlib.asynccontextmanager
async def session(name):
    event("session open", name)
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        event("session close", name)

async def first_two():
    got = []
    async with aclosing(pages(5)) as it:
        async for page in it:
            got.append(page.n)
            if len(got) == 2:
                break
        del page
        event("loop left", got)
    event("after aclosing")
    return got

async def main():
    event("first two", await first_two())
    async with session("s1") as s:
        event("in session", s)
        total = [p.n async for p in pages(3)]
        event("comprehension", total)
    try:
        async with session("s2"):
            raise ConnectionError("lost")
    except ConnectionError as e:
        event("caught", e)

asyncio.run(main())
event("end")
