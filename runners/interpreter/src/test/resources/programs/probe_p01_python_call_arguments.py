# Derived from /work/shared/probes/p01_pycall_args.py (print -> event)
# Q1: does the caller's stack keep a Py->Py call argument alive while callee runs?
# includes: rebinding_callees.py
import weakref, gc
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)
def gen(x):
    x = None
    event("  gen body after rebind")
    yield 1
class I:
    def __init__(self, x):
        x = None
        event("  __init__: after rebind")
def main():
    event("positional temp arg:")
    callee(A("p"))
    event("  caller: after call")
    event("two args, order of release after return:")
    two(A("1"), A("2"))
    event("  caller: after call")
    event("keyword-only arg:")
    kw(A("k1"), y=A("k2"))
    event("  caller: after call")
    event("f(*[A()]) call:")
    star(*[A("s")])
    event("  caller: after call")
    event("bound method:")
    M().meth(A("m"))
    event("  caller: after call")
    event("class call -> __init__ (3 times, to allow specialization):")
    for i in range(3):
        I(A("i%d" % i))
        event("  caller: after call", i)
    event("generator function call + next:")
    g = gen(A("g"))
    event("  created")
    next(g)
    event("  after next")
main()
