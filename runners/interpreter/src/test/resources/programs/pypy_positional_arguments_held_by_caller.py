# PyPy 7.3.11 keeps positional call arguments on the caller's frame stack for the whole call, keyword arguments
# not (p09b). .expected-pypy: PyPy 7.3.11.
# includes: a_n_del.py
import gc, weakref
gc.disable()

def positional(x):
    r = weakref.ref(x)
    x = None
    gc.collect()
    gc.collect()
    event("positional alive in callee", r() is not None)

def keyword(*, x):
    r = weakref.ref(x)
    x = None
    gc.collect()
    gc.collect()
    event("keyword alive in callee", r() is not None)

def both(p, k=None):
    rp = weakref.ref(p)
    rk = weakref.ref(k)
    p = k = None
    gc.collect()
    gc.collect()
    event("both", rp() is not None, rk() is not None)

class C:
    def method(self, x):
        r = weakref.ref(x)
        x = None
        gc.collect()
        gc.collect()
        event("method argument alive in callee", r() is not None)

gc.collect()
positional(A("positional"))
gc.collect()
event("after positional")
keyword(x=A("keyword"))
gc.collect()
event("after keyword")
both(A("p"), k=A("k"))
gc.collect()
event("after both")
C().method(A("method-arg"))
gc.collect()
event("after method")

def star(*a):
    r = weakref.ref(a[0])
    a = None
    gc.collect()
    gc.collect()
    event("star element alive in callee", r() is not None)

def double_star(**kw):
    r = weakref.ref(kw["x"])
    kw = None
    gc.collect()
    gc.collect()
    event("double-star value alive in callee", r() is not None)

star(*[A("star-element")])
gc.collect()
event("after star")
double_star(**{"x": A("double-star-value")})
gc.collect()
event("after double star")
