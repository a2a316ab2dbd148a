# Derived from /work/shared/probes/p05c_gc_list_reorder.py (print -> event)
# Q5/Q10: GC list order is tracking order, but a collection that first sees objects as
# tentatively unreachable and then rediscovers them (move_unreachable/visit_reachable)
# re-appends them in *traversal* order.
import gc
gc.disable()
gc.collect()
class A:
    def __init__(self, n): self.n = n; self.me = self      # self-cycle
    def __del__(self): event("  __del__", self.n)
event("case 1: no intermediate collection (creation order a,b,c)")
a = A("a"); b = A("b"); c = A("c")
del a, b, c
event("  collect ->", gc.collect())
event("case 2: objects created before their only referrer (holder dict), then survive gc.collect()")
a = A("a"); b = A("b"); c = A("c")
holder = {}
holder["c"] = c; holder["b"] = b; holder["a"] = a   # traversal order c, b, a
del a, b, c
gc.collect()      # a,b,c scanned before holder -> tentatively unreachable -> re-appended in holder order
event("  after survivor collection; now drop holder")
del holder
event("  collect ->", gc.collect())
