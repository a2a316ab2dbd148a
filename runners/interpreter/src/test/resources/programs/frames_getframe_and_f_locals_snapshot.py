# includes: a_n.py
import gc, sys
gc.disable()
def f_locals_kept():
    x = A("x")
    d = sys._getframe().f_locals
    x = None
    event("after x=None (snapshot keeps it)")
    return 1

f_locals_kept()
event("returned")

def frame_outlives():
    y = A("y")
    return sys._getframe()

fr = frame_outlives()
event("frame object alive, locals kept")
fr.clear()
event("after frame.clear")
del fr

def caller_name():
    return sys._getframe(1).f_code if False else sys._getframe().f_back.f_lineno

event("f_back line", caller_name())
