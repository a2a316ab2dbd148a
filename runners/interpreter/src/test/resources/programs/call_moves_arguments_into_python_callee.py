# includes: a_n.py
import gc, weakref
gc.disable()

keep = []
def cb(r):
    event("weakref cb")

def callee(x):
    keep.append(weakref.ref(x, cb))
    x = None
    event("callee: after x=None")

def two(a, b):
    event("two: body")

def kw(x, *, y):
    x = None
    y = None
    event("kw: after rebind")

def star(*args):
    args = None
    event("star: after rebind")

class M:
    def meth(self, x):
        x = None
        event("meth: after rebind")

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
