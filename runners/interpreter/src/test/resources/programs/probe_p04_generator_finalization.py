# Derived from /work/shared/probes/p04_gen_finalize.py (print -> event)
# Q4: generator finalization on last reference and in cycles
import gc, weakref, sys
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)
keep = []
def gen(name):
    loc = A(name + ".local")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        event("  GeneratorExit in", name)
        raise
    finally:
        event("  finally in", name)

event("1) del last ref to suspended generator (weakref on generator too):")
g = gen("g1"); next(g)
keep.append(weakref.ref(g, lambda r: event("  weakref cb on generator")))
del g
event("  after del")

event("2) unstarted generator dropped:")
g = gen("g2"); del g; event("  after del")

event("3) object with __del__ owning a suspended generator:")
class Owner:
    def __init__(self): self.g = gen("g3"); next(self.g)
    def __del__(self): event("  Owner.__del__")
o = Owner(); del o; event("  after del")

event("4) generator in a reference cycle, gc.collect():")
class Box:
    def __del__(self): event("  Box.__del__")
def cyc(box):
    try:
        yield 1
    except GeneratorExit:
        event("  GeneratorExit in cyc (box alive: %s)" % (box is not None))
b = Box(); g = cyc(b); next(g); b.g = g        # cycle: g -> frame -> box -> g
keep.append(weakref.ref(b, lambda r: event("  weakref cb on Box")))
keep.append(weakref.ref(g, lambda r: event("  weakref cb on gen")))
del b, g
event("  collect ->", gc.collect())

event("5) close() explicitly, then drop:")
g = gen("g5"); next(g); g.close(); event("  closed"); del g; event("  after del")

event("6) generator ignoring GeneratorExit on dealloc:")
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            event("  stubborn: ignoring GeneratorExit")
g = stubborn(); next(g)
sys.unraisablehook = lambda u: event("  unraisable:", type(u.exc_value).__name__, u.exc_value) if hasattr(sys, "unraisablehook") else None
del g
event("  after del")
