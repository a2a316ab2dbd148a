# compare-shutdown
# Derived from the teardown half of /work/shared/probes/p10_containers_exit.py
import gc, atexit
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("__del__", self.n)
atexit.register(lambda: event("atexit handler"))
_priv = A("_priv (underscore name)")
zeta = A("zeta")
alpha = A("alpha")
cyc = A("cyc (self-cycle)"); cyc.me = cyc
def gen():
    try:
        yield
    finally:
        event("gen finally at exit")
gg = gen(); next(gg)
last = A("last")
event("end of script")
