# includes: a_n_del.py
# Classes deriving from dict, list, tuple and set: an instance holds the built-in's storage beside its instance
# dict; the instance dict is released before the items (subtype_dealloc, then the base's tp_dealloc); a class's own
# methods come first, super().__setitem__ and dict.__setitem__(self, ...) reach the storage, __missing__ is consulted.
import gc
class Registry(dict):
    def __init__(self, name):
        super().__init__()
        self.name = A("attr-" + name)
    def __setitem__(self, k, v):
        event("set", k)
        super().__setitem__(k, v)
class Missing(dict):
    def __missing__(self, k):
        event("missing", k)
        v = self[k] = A(k)
        return v
r = Registry("r")
r["a"] = A("a")
r["b"] = A("b")
event(len(r), "a" in r, sorted(r), r.get("a").n, isinstance(r, dict))
dict.__setitem__(r, "c", A("c"))
event(list(r.keys()), repr(r)[:6])
del r
m = Missing()
x = m["k"]
event(m["k"] is x, len(m))
del x, m
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([A("s0")])
s.push(A("s1"))
s.tag = A("s-attr")
event(s.peek().n, len(s), s == [s[0], s[1]])
del s
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(A("px"), 2)
event(p.x.n, p[1], len(p), p == (p[0], 2), type(p).__name__, hash(p) == hash((p[0], 2)))
del p
class Tags(set):
    pass
t = Tags([1, 2])
t.add(3)
event(sorted(t), 2 in t, len(t))
try:
    hash(Registry("h"))
except TypeError as e:
    event("TypeError", str(e))
gc.collect()
event("end")
