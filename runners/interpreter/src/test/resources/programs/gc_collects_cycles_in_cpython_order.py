# includes: a_n.py
import gc, weakref
gc.disable()
gc.collect()

keep = []
def cb(name):
    return lambda r: event("weakref cb", name)

event("cycle with weakref callbacks:")
a = A("cy")
a.self = a
keep.append(weakref.ref(a, cb("cy#1")))
keep.append(weakref.ref(a, cb("cy#2")))
del a
event("collect ->", gc.collect())

event("garbage weakref callback does not run:")
x = A("x")
y = A("y")
x.y = y
y.x = x
x.wr_to_y = weakref.ref(y, cb("garbage-wr-to-y"))
keep.append(weakref.ref(x, cb("external-wr-to-x")))
del x, y
event("collect ->", gc.collect())

event("finalizer order is creation order:")
p = A("p")
q = A("q")
r = A("r")
r.nxt = q
q.nxt = p
p.nxt = r
del p, q, r
event("collect ->", gc.collect())

event("created r,q,p:")
r = A("r")
q = A("q")
p = A("p")
p.nxt = q
q.nxt = r
r.nxt = p
del p, q, r
event("collect ->", gc.collect())

event("leaf hanging off a cycle:")
c = A("cyc")
c.self = c
c.leaf = A("leaf")
del c
event("collect ->", gc.collect())

event("list cycle:")
l = [A("in-list")]
l.append(l)
del l
event("collect ->", gc.collect())
event("nothing left ->", gc.collect())
