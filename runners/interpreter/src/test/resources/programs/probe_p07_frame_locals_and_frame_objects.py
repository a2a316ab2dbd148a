# Derived from /work/shared/probes/p07_frames.py (print -> event)
# Q7: f_locals / locals() snapshot lifetime, frame.clear(), frame objects kept alive
import gc, sys
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)

# Reports the question, calls f, reports its return.
def ask(question, f):
    event(question)
    f()
    event("  returned")

def f1():
    x = A("x1")
    d = locals()
    x = None
    event("  after x=None")
    locals()
    event("  after 2nd locals()")
    return 1
ask("1) d = locals(); x = None; locals() again", f1)

def f2():
    x = A("x2")
    fl = sys._getframe().f_locals
    x = None
    event("  after x=None")
    return 1
ask("2) fl = sys._getframe().f_locals; x = None", f2)

def f3():
    x = A("x3")
    sys._getframe().f_locals
    x = None
    event("  after x=None")
    return 1
ask("3) f_locals accessed but not stored; x = None", f3)

event("4) frame object escapes via sys._getframe(); locals live with it")
saved = []
def f4():
    a = A("f4.a"); b = A("f4.b")
    saved.append(sys._getframe())
f4(); event("  returned (frame saved)")
saved[0].clear(); event("  after frame.clear()")
saved.clear(); event("  after dropping frame")

event("5) frame.clear() on a suspended generator's frame")
def gen():
    loc = A("gen.loc")
    try:
        yield 1
    finally:
        event("  gen finally")
g = gen(); next(g)
try:
    g.gi_frame.clear()
    event("  clear() ok; gi_frame:", g.gi_frame)
except RuntimeError as e:
    event("  RuntimeError:", e)
del g; event("  after del g")

