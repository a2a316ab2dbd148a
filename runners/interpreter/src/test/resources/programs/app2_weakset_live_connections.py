# A pool tracks live connections in a WeakSet: closed and dropped ones leave it on their own
import weakref
import gc

class Connection:
    live = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        Connection.live.add(self)
    def __repr__(self):
        return self.name
    def __del__(self):
        event("closed", self.name)

def open_many(n):
    return [Connection("c%d" % i) for i in range(n)]

conns = open_many(4)
event("live", len(Connection.live), sorted(c.name for c in Connection.live))
conns.pop(1)
event("after pop", len(Connection.live))
extra = Connection("temp")
event("temp in", extra in Connection.live)
extra = None
gc.collect()
event("after collect", sorted(c.name for c in Connection.live))
others = weakref.WeakSet(conns[:2])
event("union", sorted(c.name for c in (others | Connection.live)), others <= Connection.live)
conns.clear()
gc.collect()
event("after clear", len(Connection.live), len(others))
event("end")
