# includes: a_n.py, rebinding_callees.py
import gc, weakref
gc.disable()

callee(A("p"))
event("caller: after call")
two(A("1"), A("2"))
event("caller: after two")
kw(A("k1"), y=A("k2"))
event("caller: after kw")
star(*[A("s")])
event("caller: after star")
M().meth(A("m"))
event("caller: after meth")
