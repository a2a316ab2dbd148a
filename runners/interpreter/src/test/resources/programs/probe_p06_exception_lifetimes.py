# Derived from /work/shared/probes/p06_exceptions.py (print -> event)
# Q6: exception lifetimes
import gc, sys
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)
class E(Exception):
    def __init__(self, n): super().__init__(n); self.n = n
    def __del__(self): event("  E.__del__", self.n)
def thrower(tag):
    loc1 = A(tag + ".loc1"); loc2 = A(tag + ".loc2")
    raise E(tag)

event("1) except E as e: exception + callee frame locals die at end of handler")
def f1():
    try:
        thrower("t1")
    except E as e:
        event("  in handler")
    event("  after handler")
f1()

event("2) except E (no 'as'): same timing")
def f2():
    try:
        thrower("t2")
    except E:
        event("  in handler")
    event("  after handler")
f2()

event("3) saving the exception in a local creates frame<->traceback cycle")
def f3():
    saved = None
    try:
        thrower("t3")
    except E as e:
        saved = e
    event("  after handler; returning")
f3()
event("  f3 returned; collect ->", gc.collect())

event("4) __context__ chaining: new exception raised in handler")
def f4():
    try:
        try:
            thrower("inner")
        except E:
            raise E("outer")
    except E as e:
        event("  caught", e.n, "context:", e.__context__.n)
    event("  after outer handler")
f4()

event("5) sys.exc_info() and clearing e.__traceback__ inside handler")
def f5():
    try:
        thrower("t5")
    except E as e:
        e.__traceback__ = None
        event("  tb cleared; exc_info()[2] is None:", sys.exc_info()[2] is None)
    event("  after handler")
f5()

event("6) generator suspended inside except block keeps the exception alive")
def g6():
    try:
        thrower("t6")
    except E:
        yield 1
        event("  g6 resumed, exc_info:", sys.exc_info()[1].n)
    yield 2
g = g6(); next(g); event("  outside generator, sys.exc_info():", sys.exc_info()[0])
next(g); event("  after second next")
del g

event("7) exception escapes to module level try, stored nowhere")
try:
    thrower("t7")
except E:
    pass
event("  after module-level handler")
