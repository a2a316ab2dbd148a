# Derived from /work/shared/probes/p10_containers_exit.py (print -> event)
# Q10: container clearing order; module teardown order at interpreter exit
import gc, atexit
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)
event("1) list dealloc order")
l = [A("l0"), A("l1"), A("l2")]; del l
event("2) tuple dealloc order")
t = (A("t0"), A("t1"), A("t2")); del t
event("3) dict dealloc order (insertion order 'b','a','c')")
d = {"b": A("d-b"), "a": A("d-a"), "c": A("d-c")}; del d
event("4) instance attributes (set in order z, y, x)")
class O: pass
o = O(); o.z = A("o.z"); o.y = A("o.y"); o.x = A("o.x"); del o
event("6) list.clear()")
l = [A("c0"), A("c1"), A("c2")]; l.clear()
event("8) reassigning a global runs __del__ of old value before STORE returns")
g = A("old"); g = A("new"); event("  after rebind")
