# A bounded connection pool lending connections through a contextmanager; broken connections are discarded
import gc
from collections import deque
from contextlib import contextmanager

class Conn:
    serial = 0
    def __init__(self):
        Conn.serial += 1
        self.id = Conn.serial
        self.broken = False
    def __del__(self):
        event("conn closed", self.id)

class Pool:
    def __init__(self, size):
        self.idle = deque(maxlen=size)
    @contextmanager
    def connection(self):
        conn = self.idle.popleft() if self.idle else Conn()
        event("lend", conn.id)
        try:
            yield conn
        except Exception as e:
            conn.broken = True
            event("error in use", conn.id, type(e).__name__)
            raise
        finally:
            if not conn.broken:
                self.idle.append(conn)
                event("returned", conn.id)
            del conn

pool = Pool(2)
with pool.connection() as c1:
    with pool.connection() as c2:
        with pool.connection() as c3:
            event("three in use", c1.id, c2.id, c3.id)
del c1, c2, c3
event("idle", [c.id for c in pool.idle])
try:
    with pool.connection() as c:
        raise RuntimeError("query failed")
except RuntimeError:
    event("caught")
del c
gc.collect()
event("idle", [c.id for c in pool.idle])
pool = None
gc.collect()
event("end")
