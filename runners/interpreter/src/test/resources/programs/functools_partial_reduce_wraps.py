# functools.partial holds its function, arguments and keywords until it dies (C partialobject on CPython, a
# Python class on PyPy); a partial of a partial flattens; a partial in a cycle waits for the collector. reduce
# keeps the previous accumulator and item until the next item is fetched. wraps copies attributes and sets
# __wrapped__, which keeps the wrapped function alive.
# includes: a_n_del.py
import functools
import gc


class O(A):
    def __repr__(self):
        return "O(%s)" % self.n


def f(*args, **kw):
    event("f", len(args), sorted(kw))
    return len(args)


p = functools.partial(f, O(1), k=O(2))
event(p.func is f, p.args, p.keywords)
event(repr(functools.partial(len, 3, x=4)))
q = functools.partial(p, O(3), j=O(4))
event(q.func is f, q.args, sorted(q.keywords))
event("call", q(O(5)))
event("call", q(O(6), k=O(7)))
event("del p")
del p
event("del q")
del q
r = functools.partial(f, O(8))
r.self = r
event("attr", r.self is r)
s = functools.partial(r, O(9))
event("no flatten with a dict", s.func is r, s.args)
del s
event("del r")
del r
event("collect")
gc.collect()


def add(a, b):
    event("add", a.n, b.n)
    return O(a.n + b.n)


def items():
    for n in (1, 2, 4):
        event("yield", n)
        yield O(n)


t = functools.reduce(add, items())
event("result", t.n)
del t
t = functools.reduce(add, items(), O(10))
event("result", t.n)
del t
try:
    functools.reduce(add, [])
except TypeError as e:
    event("TypeError")


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


def g(x):
    "g's doc"
    return x


g.tag = O(20)
w = deco(g)
event(w.__name__, w.__qualname__, w.__module__, sorted(w.__dict__), w.__wrapped__ is g, w.tag is g.tag)
del g
event("del g")
del w
event("del w")
gc.collect()
event("end")
