import gc, weakref
gc.disable()

class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("__del__", self.n, "weakref-to-self alive:", self.wself() is self)

keep = []
def cb(name):
    return lambda r: event("weakref cb", name, r() is None)

a = A("rc")
a.wself = weakref.ref(a)
keep.append(weakref.ref(a, cb("rc#1")))
keep.append(weakref.ref(a, cb("rc#2")))
event("dropping")
del a
event("after del")

b = A("plain")
w = weakref.ref(b)
event("basic ref shared:", weakref.ref(b) is w, w() is b)
del b
event("dead:", w() is None)
