# includes: a_n.py
import gc, weakref
gc.disable()

def done(tag):
    event("finalizer ran", tag)

a = A("a")
f = weakref.finalize(a, done, "for-a")
event("alive", f.alive)
del a
event("after del a; alive", f.alive)

b = A("b")
f2 = weakref.finalize(b, done, "for-b")
event("called directly:", f2(), f2.alive)
del b

c = A("c")
f3 = weakref.finalize(c, done, "for-c")
event("detached", f3.detach()[1].__name__)
del c

wvd = weakref.WeakValueDictionary()
x = A("x")
y = A("y")
wvd["x"] = x
wvd["y"] = y
event("wvd", len(wvd), sorted(wvd.keys()), wvd["x"].n, "x" in wvd)
del x
event("after del x", len(wvd), "x" in wvd, wvd.get("x"))

wkd = weakref.WeakKeyDictionary()
k1 = A("k1")
wkd[k1] = "value-1"
event("wkd", len(wkd), wkd[k1], k1 in wkd)
del k1
event("after del k1", len(wkd))
event("refcount helpers", weakref.getweakrefcount(y))

keep = A("kept-until-exit")
weakref.finalize(keep, done, "at-exit")
event("end")
