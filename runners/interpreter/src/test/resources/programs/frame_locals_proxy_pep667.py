# PEP 667 (3.13): frame.f_locals of a function is a proxy that reads and writes the variables in place and
# owns only the frame object; locals() returns a fresh dict at every call. Up to 3.12 both are one dict
# cached on the frame, holding strong references until it is refreshed or the frame dies.
# includes: a_label.py
import gc, sys
gc.disable()
def read_only():
    x = A("x1")
    fl = sys._getframe().f_locals
    event("proxy sees", fl["x"], "x" in fl, "nope" in fl)
    x = None
    event("rebound x")
    fl = None
    event("dropped f_locals")
read_only()
def snapshot():
    y = A("y1")
    d = locals()
    y = None
    event("rebound y")
    e = locals()
    event("second locals()", sorted(e))
    d = None
    event("dropped first snapshot")
snapshot()
def write_through():
    t = None
    sys._getframe().f_locals["t"] = A("t1")
    event("written", t)
    sys._getframe().f_locals["t"] = A("t2")
    event("rewritten", t)
    sys._getframe().f_locals["extra"] = A("extra1")
    event("extra", sorted(sys._getframe().f_locals.keys()), sys._getframe().f_locals.get("extra"))
    event("locals has extra", sorted(locals()))
    t = None
    event("rebound t")
write_through()
event("after write_through")
def cells():
    c = A("c1")
    def inner():
        return c
    sys._getframe().f_locals["c"] = A("c2")
    event("cell now", inner())
    inner = None
    event("items", sorted(k for k, v in sys._getframe().f_locals.items()))
cells()
def kept():
    k = A("k1")
    return sys._getframe().f_locals
p = kept()
event("proxy outlives the call", p["k"])
p = None
event("proxy dropped")
gc.collect()
event("collected")
