# weakref.finalize for handles: alive/peek/detach, explicit call, and the ones left for interpreter exit
# compare-shutdown
import gc
import weakref

class Handle:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Handle(%s)" % self.name

def close(name, mode="r"):
    event("close", name, mode)
    return name.upper()

handles = {n: Handle(n) for n in ("log", "db", "cache", "tmp")}
fins = {}
for n, h in handles.items():
    fins[n] = weakref.finalize(h, close, n, mode="w" if n != "tmp" else "x")
event("alive", [f.alive for f in fins.values()])
func, args, kwargs = fins["db"].peek()[1:]
event("peek", func.__name__, args, kwargs)
event("call db", fins["db"](), fins["db"](), fins["db"].alive, fins["db"].peek())
detached = fins["cache"].detach()
event("detached", detached[0] is handles["cache"], detached[2], fins["cache"].detach())
del detached
fins["tmp"].atexit = False
event("atexit flags", fins["log"].atexit, fins["tmp"].atexit)
del handles["db"]
event("db dropped")
del handles["cache"]
event("cache dropped", fins["cache"].alive)
gc.collect()
late = Handle("late")
weakref.finalize(late, event, "late finalizer", 1)
weakref.finalize(late, close, "late")
event("end", sorted(handles))
