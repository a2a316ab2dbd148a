# includes: a_n.py
import gc
gc.disable()

class I:
    def __init__(self, x):
        x = None
        event("__init__: after rebind")

event("getattr with default:")
getattr(A("a"), "missing", A("b"))
event("after getattr")
event("class call reaching __init__:")
I(A("i"))
event("after class call")
l = []
l.append(A("appended"))
event("after append")
del l
event("after del list")
