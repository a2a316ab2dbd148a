import gc, weakref
gc.disable()
gc.collect()
keep = []
saved = []

def cb(name):
    return lambda r: event("weakref cb", name)

class R:
    def __del__(self):
        event("R.__del__ (resurrecting)")
        saved.append(self)

r = R()
r.self = r
keep.append(weakref.ref(r, cb("R-wr")))
del r
event("collect ->", gc.collect(), "saved:", len(saved))
saved.clear()
event("after clear, collect ->", gc.collect())

class R2:
    count = 0
    def __del__(self):
        R2.count += 1
        event("R2.__del__ call", R2.count)
        if R2.count == 1:
            saved.append(self)

r = R2()
del r
event("resurrected:", len(saved))
saved.clear()
event("R2 calls:", R2.count)
