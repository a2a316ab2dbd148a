# Database-style sessions as async context managers: rollback on error, an AsyncExitStack of resources
# includes: named.py
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

class Tx(Named):
    died = "tx freed"
    ops = ()

@asynccontextmanager
async def transaction(name):
    event("begin", name)
    tx = Tx(name)
    tx.ops = []
    ok = False
    try:
        yield tx
        ok = True
    finally:
        await asyncio.sleep(0)
        event("commit" if ok else "rollback", name, tx.ops)

class Pool:
    def __init__(self, size):
        self.size = size
    async def __aenter__(self):
        event("pool open", self.size)
        return self
    async def __aexit__(self, et, ev, tb):
        event("pool close", et.__name__ if et else None)
        return False
    def __del__(self):
        event("pool freed")

async def cleanup(label):
    event("cleanup", label)

async def main():
    async with transaction("t1") as tx:
        tx.ops.append("insert")
    del tx
    try:
        async with transaction("t2") as tx:
            tx.ops.append("update")
            raise LookupError("row missing")
    except LookupError as e:
        event("caught", e, e.__traceback__ is not None)
    event("after t2")
    async with AsyncExitStack() as stack:
        pool = await stack.enter_async_context(Pool(4))
        stack.push_async_callback(cleanup, "temp files")
        t3 = await stack.enter_async_context(transaction("t3"))
        t3.ops.append("delete")
        del pool, t3
        event("stack body done")
    event("main done")

asyncio.run(main())
event("end")
