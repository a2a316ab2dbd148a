# lifeline_native (issue 19) under PyPy's cpyext: a reference held in C keeps its referent alive whatever holds
# the holder, so a cycle through a native slot never dies; a positional argument of a call into C is held by a C
# argument tuple until the collection after the call; Base's attributes live on the PyPy side.
import gc, weakref
import lifeline_native as native
class P:
    def __init__(self, n): self.n = n
    def __del__(self): event("del", self.n)
def step(tag):
    gc.collect(); event(tag, "c1"); gc.collect(); event(tag, "c2"); gc.collect()
w = native.Wrapper(P("pos")); w.ref = None; step("positional")
w = native.Wrapper(ref=P("kw")); w.ref = None; step("keyword")
native.keep(P("keep")); native.drop(); step("keep")
n = native.Wrapper(); n.ref = P("attr"); n.ref = None; step("attribute")
wd = native.Widget(); wd.callback = lambda x: None; wd.fire(P("fire")); step("fire")
b = native.Base(P("base")); step("base")
w = native.Wrapper(); w.ref = w; w.other = P("cycle"); w.other = None; step("cycle slot cleared")
l = [native.Wrapper(P("inlist"))]; l[0].ref = None; step("in list")
w = native.Wrapper(); w.ref = w; w.other = P("leaked"); alive = weakref.ref(w); del w
step("self cycle"); event("alive", alive() is not None)
a = P("a"); a.w = native.Wrapper(a); del a; step("python-native cycle")
b = native.Base(); b.me = b; b.p = P("dict"); alive = weakref.ref(b); del b
step("dict cycle"); event("alive", alive() is not None)
class Node:
    def __del__(self): event("node del")
x = Node(); y = Node(); x.peer = y; y.peer = x; x.native = native.Wrapper(); alive = weakref.ref(x.native)
del x, y
gc.collect(); event("leaf c1", alive() is not None); gc.collect(); event("leaf c2", alive() is not None)
u = native.Untracked(); u.ref = u; u.other = P("untracked"); alive = weakref.ref(u); del u
step("untracked"); alive().ref = None; step("untracked broken")
