# Issue 18 (the language): annotations evaluated eagerly in 3.10-3.13 order, instance __dict__ and vars(),
# attribute release order (3.11+ shared keys), __defaults__/__kwdefaults__, the exception hierarchy.
# includes: res.py
import gc
def ann(x):
    event("annotation", x)
    return x
def val(x):
    event("value", x)
    return x
top: ann("top") = val(1)
bare: ann("bare")
class Config:
    a: ann("A") = val("a")
    b: ann("B")
    if True:
        c: ann("C") = val("c")
    def method(self):
        local: ann("never") = val("local")
        self.attr: ann("attr-never") = val("attr")
        return local
event(__annotations__, Config.__annotations__, Config().method())
def f(x: ann("x"), y: ann("y") = val("y-default"), *rest: ann("rest"), k: ann("k") = val("k-default"),
      **kw: ann("kw")) -> ann("ret"):
    return x
event(f.__annotations__, f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (Res("new default"),)
event(f(1, k=2), f.__defaults__[0].name)
f.__defaults__ = None
event("defaults dropped")

class Point:
    pass
p = Point()
p.x = Res("x1")
p.y = Res("y1")
d = p.__dict__
event(d is vars(p), sorted(d))
d["z"] = Res("z1")
del d["x"]
p.x = Res("x2")
event(list(vars(p)))
del d
del p
event("point gone")
q = Point()
q.y = Res("y3")
q.x = Res("x3")
event(list(vars(q)))
del q
event("q gone")
try:
    vars(1)
except TypeError as e:
    event("TypeError", e)

for t in (ConnectionResetError, BrokenPipeError, TimeoutError, FileNotFoundError, UnicodeTranslateError,
          TabError, FloatingPointError, ResourceWarning):
    event(t.__name__, [b.__name__ for b in t.__mro__[1:-1]])
event(IOError is OSError, EnvironmentError is OSError)
try:
    raise ConnectionAbortedError("aborted")
except ConnectionError as e:
    event("caught", type(e).__name__, e.args)
gc.collect()
event("end")
