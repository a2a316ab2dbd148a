# includes: named.py
# Shutdown hooks on an ExitStack: callbacks raising while unwinding, chained contexts, and which objects outlive
import gc
import sys
from contextlib import ExitStack

class Service(Named):
    died = "service freed"
    fail = False
    def stop(self):
        event("stop", self.name)
        if self.fail:
            raise RuntimeError(f"{self.name} failed to stop")

def shutdown(names, failing):
    with ExitStack() as stack:
        for n in names:
            svc = Service(n, fail=n in failing)
            stack.callback(svc.stop)
        del svc
        event("registered", len(names))

shutdown(["db", "cache"], set())
try:
    shutdown(["db", "cache", "web"], {"db", "web"})
except RuntimeError as e:
    event("final error", e, "context:", e.__context__)
    chain = []
    ctx = e
    while ctx is not None:
        chain.append(str(ctx))
        ctx = ctx.__context__
    event("chain", chain)
    del ctx
event("after handler")
e = None
gc.collect()
event("collected")

def guarded():
    with ExitStack() as stack:
        stack.callback(event, "cleanup ran")
        stack.push(lambda *exc: exc[0] is KeyError)
        raise KeyError("swallowed by exit callback")
    return "after with"

event("guarded", guarded())
event("exc_info clear", sys.exc_info() == (None, None, None))
event("end")
