# f(*args) and f(**kw): 3.11 keeps the packed tuple and dict on the caller's stack for the whole call;
# 3.12 (gh-98003) moves their items into a Python callee's frame and releases them before it runs.
# includes: a_label.py
import gc
gc.disable()
def pos(a, b):
    a = None
    event("pos rebound a")
    b = None
    event("pos rebound b")
def star(*args):
    args = None
    event("star rebound args")
def kw(x, y=None):
    x = None
    event("kw rebound x")
def anykw(**kws):
    kws = None
    event("anykw rebound kws")
pos(*[A("p1"), A("p2")])
event("after pos")
star(*(A("s1"),))
event("after star")
kw(**{"x": A("k1")})
event("after kw")
kw(*[A("m1")], **{"y": A("m2")})
event("after mixed")
anykw(**{"q": A("a1")})
event("after anykw")
def gen(a, b):
    event("gen started")
    yield a
g = gen(*[A("g1"), A("g2")])
event("generator made")
g = None
event("generator dropped")
class K:
    def meth(self, a):
        a = None
        event("meth rebound a")
K().meth(*[A("b1")])
event("after bound method")
try:
    pos(*[A("e1")], **{"c": A("e2")})
except TypeError as e:
    event("binding error", e)
event("after binding error")
event("builtin", len(*[[A("l1")]]))
event("end")
