# A connection pool guarded by a Semaphore, a Lock around the bookkeeping, an Event to announce shutdown
import asyncio
import weakref

class Conn:
    """A pooled connection numbered in order of creation."""
    made = []

    def __new__(cls):
        self = super().__new__(cls)
        cls.made.append(None)
        self.id = len(cls.made)
        return self

    __repr__ = lambda self: f"conn#{self.id}"
    __del__ = lambda self: event("conn destroyed", self.id)

class Pool:
    def __init__(self, size):
        self.sem = asyncio.Semaphore(size)
        self.lock = asyncio.Lock()
        self.idle = []
        self.closing = asyncio.Event()
        self.lent = weakref.WeakSet()

    async def acquire(self):
        await self.sem.acquire()
        async with self.lock:
            conn = self.idle.pop() if self.idle else Conn()
        self.lent.add(conn)
        return conn

    def release(self, conn):
        self.lent.discard(conn)
        if self.closing.is_set():
            event("dropping", conn)
        else:
            self.idle.append(conn)
        self.sem.release()

async def query(pool, n):
    conn = await pool.acquire()
    try:
        await asyncio.sleep(0)
        return f"q{n}@{conn!r}"
    finally:
        pool.release(conn)

async def main():
    pool = Pool(2)
    results = await asyncio.gather(*(query(pool, n) for n in range(4)))
    event("results", results)
    event("idle", pool.idle, "lent", len(pool.lent), "locked", pool.sem.locked())
    pool.closing.set()
    pool.idle.clear()
    event("idle cleared")
    event("last", await query(pool, 9))
    await pool.closing.wait()
    event("main done")

asyncio.run(main())
event("end")
