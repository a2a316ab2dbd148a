# 3.10 instance dicts are objects: created on the first attribute store, tracked once they hold a container,
# untracked again by a full collection when they hold none; gc.collect() counts the tracked ones. Exceptions have
# such a dict in 3.11 too; 3.11 instances keep their attributes inline (bpo-45340).
import gc
gc.disable()
gc.collect()

class Node:
    pass

a = Node()
a.name = "atomic only"
a.me = a
del a
event("self-cycle with a dict:", gc.collect())

a = Node()
b = Node()
a.peer = b
b.peer = a
b.label = "b"
del a, b
event("two-cycle:", gc.collect())

class Slotted:
    __slots__ = ("ref",)
class WithDict(Slotted):
    pass

# A dict that held a container and holds none now, with `between` run before the self-cycle is closed.
def garbage_after(between):
    d = WithDict()
    d.x = [1]
    d.x = 5
    between()
    d.ref = d

for what, between in [("dict still tracked:", lambda: None),
                      ("dict untracked by a full collection:", gc.collect),
                      ("not by a young collection:", lambda: gc.collect(1))]:
    garbage_after(between)
    event(what, gc.collect())

a = Node()
a.l = [a]
del a
event("instance, dict and list:", gc.collect())

class E(Exception):
    pass

e = E()
e.me = e
del e
event("exception with a dict:", gc.collect())

e = E()
e.args = (e,)
del e
event("exception without a dict:", gc.collect())

n = Node()
n.f = len
n.me = n
del n
event("builtin function value:", gc.collect())

n = Node()
n.t = (1, 2)
l = [n]
l.append(l)
del n, l
event("atomic tuple value:", gc.collect())
event("nothing:", gc.collect())
