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

# A ring of objects made in the order given: each keeps the one made before it (the first, the last), the last
# made linked first.
def ring(*names):
    made = [A(n) for n in names]
    for i in reversed(range(len(made))):
        made[i].nxt = made[i - 1]

event("finalizer order is creation order:")
ring("p", "q", "r")
event("collect ->", gc.collect())

event("created r,q,p:")
ring("r", "q", "p")
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
