# includes: a_n.py
import gc, sys

class Box:
    pass

b = Box()
b.x = A("attr")
b.count = 1
b.count += 41
del b.x
event("after del attr", b.count)
d = {"k": A("item"), "n": 1}
d["n"] *= 5
del d["k"]
event("after del item", d)
l = [A("l0"), 2]
l[1] -= 1
del l[0]
event("after del index", l)
x = y = z = A("chained")
del x, y
event("still referenced by z")
z = None
event("after z=None")
gc.disable()
event("isenabled", gc.isenabled())
gc.enable()
event("isenabled", gc.isenabled(), gc.get_threshold())
gc.set_threshold(500, 5, 5)
event("threshold", gc.get_threshold(), gc.garbage)
gc.set_threshold(700, 10, 10)
event("recursionlimit", sys.getrecursionlimit())
sys.setrecursionlimit(2000)
event("recursionlimit", sys.getrecursionlimit())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    event("exc_info", t.__name__, v, tb is not None, sys.exception() is v)
event("outside", sys.exc_info(), sys.exception())
def gen():
    try:
        raise KeyError("g")
    except KeyError:
        yield sys.exception()
g = gen()
event("from generator", repr(next(g)), sys.exception())
assert True
try:
    assert False
except AssertionError as e:
    event("bare assert", repr(e))
try:
    {A("key-obj"): 1}
    event("instance key ok")
except NotImplementedError as e:
    event("NotImplementedError")
