# Derived from /work/shared/probes/p02_ccall_args.py (print -> event)
# Q2: args to C functions / gen.send / gen.throw are held by the caller's stack until return
import gc, operator
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)
class E(Exception):
    def __del__(self): event("  E.__del__")
def g1():
    x = yield
    event("  g1: got", x.n)
    x = None
    event("  g1: after x=None")
    yield
def g2():
    yield          # sent value discarded by POP_TOP
    event("  g2: resumed (value discarded)")
    yield
def g3():
    try:
        yield
    except E as e:
        event("  g3: caught")
    event("  g3: after except")
    yield
def main():
    event("gen.send(temp):")
    g = g1(); next(g)
    g.send(A("s"))
    event("  caller: send returned")
    event("gen.send(temp) discarded:")
    g = g2(); next(g)
    g.send(A("d"))
    event("  caller: send returned")
    event("gen.throw(E()):")
    g = g3(); next(g)
    g.throw(E())
    event("  caller: throw returned")
    event("C function with 2 temp args, release order:")
    for i in range(3):
        operator.is_(A("a%d" % i), A("b%d" % i))
        event("  caller: after call", i)
    event("method on temp receiver: A('r').__sizeof__()")
    A("r").__sizeof__()
    event("  caller: after call")
main()
