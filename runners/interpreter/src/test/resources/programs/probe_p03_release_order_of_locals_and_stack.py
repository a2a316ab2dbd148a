# includes: locals_at_return.py, suspended_generators.py
# Derived from /work/shared/probes/p03_locals_order.py (print -> event)
# Q3: order in which locals / value-stack entries are released
import gc, sys
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)
def f_raise():
    a = A("a"); b = A("b")
    sink(A("t1"), A("t2"), 1/0)
event("function return, two locals:")
f_return(); event("  returned")
event("params then local (args are temps):")
f_params(A("p"), A("q")); event("  returned")
event("cellvar + local:")
f_cell(); event("  returned")
event("exception mid-expression, traceback discarded:")
try:
    f_raise()
except ZeroDivisionError:
    event("  in handler")
event("  after try")
event("generator suspended in expression, yield not in try, del g:")
g = g_plain(); next(g); del g; event("  after del")
event("generator suspended in expression inside try/finally, del g:")
g = g_try(); next(g); del g; event("  after del")
event("generator suspended in for loop (iterator on stack):")
g = g_for(); next(g); del g; event("  after del")
event("generator exhausted normally:")
def g_done():
    a = A("da"); b = A("db")
    yield 1
g = g_done(); next(g)
for _ in g: pass
event("  after exhaustion")
del g
