# A frame kept after its call by a traceback or sys._getframe(): when it dies, 3.10's frame_dealloc releases the
# locals, the value stack, f_back, then the f_locals snapshot; 3.11's releases the snapshot first and f_back last.
# includes: r_dead.py
import gc, sys
gc.disable()

def fail():
    kept = R("local")
    gone = R("only-in-snapshot")
    sys._getframe().f_locals
    gone = None
    raise ValueError()

try:
    fail()
except ValueError as e:
    tb = e.__traceback__
event("del traceback:")

del tb
event("done")

def outer():
    o = R("outer-local")
    return inner()
def inner():
    i = R("inner-local")
    s = R("inner-snapshot-only")
    sys._getframe().f_locals
    s = None
    return sys._getframe()

fr = outer()
event("outer returned, f_back kept:", fr.f_back is not None)
event("del frame:")
del fr
event("done")

event("frame.clear() releases the locals, not the f_locals snapshot:")
def fail2():
    kept = R("in-snapshot")
    sys._getframe().f_locals
    local = R("local-only")
    raise ValueError()
try:
    fail2()
except ValueError as e:
    fr = e.__traceback__.tb_next.tb_frame
fr.clear()
event("cleared")
del fr
event("done")
