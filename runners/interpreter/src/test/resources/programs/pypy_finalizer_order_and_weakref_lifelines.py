# includes: named.py
# PyPy's major collection: finalizer order (finalizer-order.rst), weakref callbacks as the lifeline's finalizer,
# and the order of one collection's queue. Expectations: .expected (CPython 3.11), .expected-pypy (PyPy 7.3.11).
import gc, weakref
gc.disable()
class A(Named):
    died = "del"
    ref = None
class B:
    def __init__(self, n):
        self.n = n
keep = []
def cb(name):
    return lambda r: event("cb", name)
def collect(tag):
    event("collect", tag, gc.collect())

a = A("first-a"); b = A("first-b"); c = A("first-c")
del a, b, c
collect("first collection: creation order")

a = A("a"); b = A("b"); c = A("c"); d = A("d")
del a, b, c, d
collect("later collections: first registered runs last")

l = [A(1), A(2), A(3)]
del l
collect("list of three")

x = B("x"); y = B("y"); z = B("z")
keep += [weakref.ref(x, cb("x")), weakref.ref(y, cb("y")), weakref.ref(z, cb("z"))]
del x, y, z
collect("callbacks of three lifelines")

x = B("x")
keep += [weakref.ref(x, cb("x1")), weakref.ref(x, cb("x2"))]
del x
collect("two callbacks on one object: newest first")

a = A("a"); x = B("x"); keep.append(weakref.ref(x, cb("x"))); b = A("b")
del a, x, b
collect("lifeline registered between two instances")

a = A("a"); keep.append(weakref.ref(a, cb("a")))
r = weakref.ref(a)
del a
collect("del and callback on one object: del first")
event("weakref cleared before __del__", r() is None)
collect("its callback one collection later")

o = A("outer", ref=A("inner"))
del o
collect("chain 1")
collect("chain 2")

p = A("p"); q = A("q", ref=p); p.ref = q
del p, q
collect("cycle 1")
collect("cycle 2")

class Resurrect:
    def __del__(self):
        event("resurrect del")
        keep.append(self)
s = Resurrect()
del s
collect("resurrected")
keep.pop()
collect("dies again: no second __del__")

w = B("self-weakref")
w.me = weakref.ref(w, cb("self-weakref"))
del w
collect("weakref that is garbage too: no callback")
class Q:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        pass
x1 = B("o1"); keep.append(weakref.ref(x1, cb("o1")))
q2 = Q("o2"); keep.append(weakref.ref(q2, cb("o2")))
q2.peer = x1
del x1, q2
collect("reached from a later finalizer: kept, moved to the end")
collect("so the earlier lifeline runs first")

def gen(a):
    x = A("gen-local")
    try:
        yield
    finally:
        pass
it = gen(A("gen-argument"))
next(it)
del it
collect("generator closed, its argument and local kept")
collect("argument (registered first, moved last) runs first")
log = []
class D:
    def __del__(self):
        event("del sees callbacks run:", len(log))
x = B("x"); keep.append(weakref.ref(x, log.append))
d = D()
del x, d
collect("a builtin callback at the head runs no Python code: not interrupted")
x = B("x"); keep.append(weakref.ref(x, lambda r: log.append(r)))
d = D()
del x, d
collect("a Python callback at the head is interrupted by the others")
event("end")
