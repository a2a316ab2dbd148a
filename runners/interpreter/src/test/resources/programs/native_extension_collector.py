# lifeline_native (issue 19) on CPython: the native types' tp_traverse and tp_clear in the cycle collector,
# tp_finalize before any tp_clear and from tp_dealloc, the untracked type, weakref callbacks, counts.
import gc, weakref
import lifeline_native as native
gc.disable()
gc.collect()
class P:
    def __init__(self, n): self.n = n
    def __del__(self): event("del", self.n)
b = native.Base(); b.me = b; b.p = P("b")
del b
event("found base", gc.collect())
class Sub(native.Base):
    def __del__(self): event("sub del")
s = Sub(); s.me = s; s.x = P("sub")
del s
event("found sub", gc.collect())
w1 = native.Wrapper(); w2 = native.Wrapper(ref=w1); w1.ref = w2; w1.other = P("w1"); w2.other = P("w2")
r = weakref.ref(w1, lambda r: event("cb1")); r2 = weakref.ref(w2, lambda r: event("cb2"))
del w1, w2
event("found ww", gc.collect())
u = native.Untracked(); u.ref = P("u")
del u
event("untracked freed")
u = native.Untracked(); u.ref = u; u.other = P("uc"); ru = weakref.ref(u)
del u
event("found untracked cycle", gc.collect(), ru() is not None)
ru().ref = None
event("broken")
wd = native.Widget(); wd.callback = wd
del wd
event("found widget", gc.collect())
event("tracked", gc.is_tracked(native.Wrapper()), gc.is_tracked(native.Untracked()), gc.is_tracked(native.Widget()), gc.is_tracked(native.Base()))
f1 = native.Finalized(on_del=lambda o: event("fin1", o.ref is not None))
f2 = native.Finalized(ref=f1, on_del=lambda o: event("fin2", o.ref is not None))
f1.ref = f2
f1.other = P("f1o")
del f1, f2
event("found fin", gc.collect())
f = native.Finalized(on_del=lambda o: event("explicit"))
f.__del__(); f.__del__()
del f
event("end fin")
def gen():
    try:
        yield 1
    finally:
        event("gen closed")
g = gen(); next(g)
w = native.Wrapper(g, P("gw"))
del g
w.ref = None
event("ref cleared")
w.other = None
event("other cleared")
k = native.Wrapper(); native.keep(k); k.ref = k; k.other = P("kept"); del k
event("kept found", gc.collect())
native.keep(None)
event("dropped by keep")
def consume(x):
    x = None
    event("rebound")
native.call(consume, P("call"))
event("after call")
native.Widget(consume).fire(P("fire"))
event("after fire")
event(type(native.Wrapper()).__name__, native.Wrapper().ref, native.Widget().callback)
try:
    native.Widget().fire()
except RuntimeError as e:
    event("RuntimeError", e)
try:
    native.Wrapper(1, 2, 3)
except TypeError as e:
    event("TypeError", e)
try:
    native.Wrapper(nope=1)
except TypeError as e:
    event("TypeError", e)
