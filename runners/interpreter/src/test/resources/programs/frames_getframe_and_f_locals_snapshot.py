import gc, sys
gc.disable()

class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("__del__", self.n)

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
