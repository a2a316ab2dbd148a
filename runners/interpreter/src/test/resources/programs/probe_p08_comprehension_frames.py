# Derived from /work/shared/probes/p08_comprehension.py (print -> event)
# Q8: PEP 709 (3.12) comprehension inlining: lifetime-observable differences
import gc, sys
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)
class Bad:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)
    def __index__(self): raise ValueError("bad")
event("1) exception raised by the element expression inside a list comprehension")
def f1():
    try:
        [x + 1 for x in [A("elem")]]     # TypeError raised in C: no Python frame holds x
    except TypeError:
        event("  in handler")
    event("  after handler")
f1()
event("1b) same, exception kept alive beyond the handler (e saved)")
def f1b():
    saved = []
    try:
        [x + 1 for x in [A("elem-b")]]
    except TypeError as e:
        saved.append(e)
    event("  after handler (exception still referenced)")
    saved.clear()
    event("  after saved.clear()")
f1b()
event("2) normal completion: release order of iterable elements vs last loop value")
def f2():
    r = [0 for x in [A("e1"), A("e2")]]
    event("  comprehension done")
f2()
event("3) module level comprehension, exception kept")
try:
    [x + 1 for x in [A("melem")]]
except TypeError as e:
    tb = e.__traceback__
    n = 0
    t = tb
    while t: n += 1; t = t.tb_next
    event("  in handler; traceback entries:", n)
del tb
event("  after del tb")
event("4) comprehension loop var shadows an outer local (3.12 saves/restores it)")
def f4():
    x = A("outer-x")
    r = [0 for x in [A("inner-x")]]
    event("  comprehension done; x is", x.n)
f4()
