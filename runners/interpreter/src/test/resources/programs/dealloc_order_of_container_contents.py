# includes: a_n.py
import gc
gc.disable()

event("list:")
l = [A("l0"), A("l1"), A("l2")]
del l
event("tuple:")
t = (A("t0"), A("t1"), A("t2"))
del t
event("dict:")
d = {"x": A("d0"), "y": A("d1"), "z": A("d2")}
del d
event("attributes:")
o = A("owner")
o.first = A("attr1")
o.second = A("attr2")
del o
event("rebinding:")
v = A("old")
v = A("new")
event("after rebind")
del v
event("list.clear and pop:")
l = [A("c0"), A("c1")]
l.clear()
l = [A("p0"), A("p1")]
l.pop()
event("after pop")
del l
event("dict item replace:")
d = {"k": A("v1")}
d["k"] = A("v2")
event("after replace")
del d
event("nested:")
outer = [A("o0"), [A("i0"), A("i1")], A("o2")]
del outer
event("end")
