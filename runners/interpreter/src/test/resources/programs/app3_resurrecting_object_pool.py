# An object pool whose objects put themselves back from __del__ (resurrection); __del__ runs only once
import gc
import weakref

POOL = []

class Conn:
    created = 0
    def __init__(self):
        Conn.created += 1
        self.id = Conn.created
        self.uses = 0
    def __del__(self):
        event("del", self.id, "uses", self.uses)
        if len(POOL) < 2:
            POOL.append(self)
            event("returned to pool", self.id)

def acquire():
    if POOL:
        c = POOL.pop()
        event("reuse", c.id)
    else:
        c = Conn()
        event("new", c.id)
    c.uses += 1
    return c

c = acquire()
c = acquire()
c = acquire()
event("pool", [x.id for x in POOL])
c = None
event("pool", [x.id for x in POOL])
d = acquire()
r = weakref.ref(d)
event("reacquired", d.id, d.uses)
d = None
event("second drop: no __del__", [x.id for x in POOL], r() is None)
gc.collect()
event("after collect", [x.id for x in POOL])
e = Conn()
e.partner = e
del e
gc.collect()
event("cycle pool", sorted(x.id for x in POOL))
POOL.clear()
gc.collect()
event("end")
