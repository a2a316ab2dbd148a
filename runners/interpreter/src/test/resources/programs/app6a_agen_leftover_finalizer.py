# Paged results from an async generator; a consumer that breaks out early leaves cleanup to asyncio's hooks
# includes: named.py
import asyncio
import sys

class Cursor(Named):
    died = "cursor freed"
    def close(self):
        event("cursor closed", self.name)

async def pages(table, n):
    cur, i = Cursor(table), 0
    try:
        while i < n:
            await asyncio.sleep(0)
            yield f"{table}[{i}]"
            i += 1
    finally:
        await asyncio.sleep(0)
        cur.close()
        event("pages finalised", table)

async def first_match(table, want):
    async for row in pages(table, 5):
        if row.endswith(want):
            return row
    return None

async def main():
    hooks = sys.get_asyncgen_hooks()
    event("hooks installed", hooks.firstiter is not None, hooks.finalizer is not None)
    event("found", await first_match("users", "[1]"))
    event("after users")
    gen = pages("orders", 3)
    event("first order", await gen.__anext__())
    event("keeping orders open")
    found = await first_match("items", "[4]")
    event("found", found)
    return gen

leftover = asyncio.run(main())
event("run returned", type(leftover).__name__)
hooks = sys.get_asyncgen_hooks()
event("hooks restored", hooks.firstiter is None, hooks.finalizer is None)
del leftover
event("end")
