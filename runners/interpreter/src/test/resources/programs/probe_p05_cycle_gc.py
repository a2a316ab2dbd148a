# Derived from /work/shared/probes/p05_cycle_gc.py (print -> event)
# Q5: cycle GC: weakref callbacks vs finalizers, garbage weakrefs, resurrection, order, return value
import gc, weakref, sys
gc.disable()
import weakref
gc.collect()  # flush import garbage
class A:
    def __init__(self, n): self.n = n
    def __del__(self):
        event("  __del__", self.n, "| weakref-to-self alive in __del__:", self.wself() is self if hasattr(self, "wself") else "n/a")
keep = []
def cb(name): return lambda r: event("  weakref cb", name)

event("1) refcount death: __del__ vs weakref cb order; weakref(self) alive inside __del__?")
a = A("rc"); a.wself = weakref.ref(a); keep.append(weakref.ref(a, cb("rc#1"))); keep.append(weakref.ref(a, cb("rc#2")))
del a
event("2) cycle death: same thing under gc.collect()")
a = A("cy"); a.self = a; a.wself = weakref.ref(a)
keep.append(weakref.ref(a, cb("cy#1"))); keep.append(weakref.ref(a, cb("cy#2")))
del a
event("  collect ->", gc.collect())

event("3) weakref that is itself part of the garbage: callback not called")
x = A("x"); y = A("y"); x.y = y; y.x = x
x.wr_to_y = weakref.ref(y, cb("garbage-wr-to-y"))   # wr reachable only from garbage
keep.append(weakref.ref(x, cb("external-wr-to-x")))
del x, y
event("  collect ->", gc.collect())

event("4) finalizer order within a cycle = GC list order (creation order), not link order")
p = A("p"); q = A("q"); r = A("r")
r.nxt = q; q.nxt = p; p.nxt = r
del p, q, r
event("  collect ->", gc.collect())
event("4b) same but created r,q,p")
r = A("r"); q = A("q"); p = A("p")
p.nxt = q; q.nxt = r; r.nxt = p
del p, q, r
event("  collect ->", gc.collect())

event("5) leaf hanging off a cycle (not itself cyclic) is finalized in the same pass")
c = A("cyc"); c.self = c; c.leaf = A("leaf")
del c
event("  collect ->", gc.collect())

event("6) resurrection in __del__ during gc; __del__ not called twice")
saved = []
class R:
    def __del__(self):
        event("  R.__del__ (resurrecting)")
        saved.append(self)
r = R(); r.self = r; keep.append(weakref.ref(r, cb("R-wr")))
del r
event("  collect ->", gc.collect(), "| saved:", len(saved))
saved.clear()
event("  after saved.clear() (still cyclic) collect ->", gc.collect())

event("7) resurrection on refcount death, dies again -> __del__ again?")
class R2:
    count = 0
    def __del__(self):
        R2.count += 1
        event("  R2.__del__ call", R2.count)
        if R2.count == 1: saved.append(self)
r = R2(); del r
saved.clear()
event("  R2 calls:", R2.count)
event("8) gc.garbage:", gc.garbage)
