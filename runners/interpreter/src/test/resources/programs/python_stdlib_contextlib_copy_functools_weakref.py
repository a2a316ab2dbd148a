# contextlib, copy, functools and weakref Python halves: ExitStack, closing, nullcontext, contextmanager as a
# decorator, copy/deepcopy with __copy__/__deepcopy__, total_ordering, cmp_to_key, singledispatch, lru_cache
# (unbounded), and the weak containers' len() after collections.
# includes: named.py
import contextlib, copy, functools, gc, weakref
class Res:
    def __init__(self, n):
        self.n = n
        event("open", n)
    def __enter__(self):
        event("enter", self.n)
        return self
    def __exit__(self, *a):
        event("exit", self.n, a[0].__name__ if a[0] else None)
        return False
    def close(self):
        event("close", self.n)
    def __del__(self):
        event("del", self.n)
def cleanup(tag, obj):
    event("cleanup", tag, obj.n)
with contextlib.ExitStack() as stack:
    a = stack.enter_context(Res(1))
    stack.callback(cleanup, "cb", Res(2))
    b = stack.enter_context(Res(3))
    del a, b
    event("body")
event("after with")
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Res(4))
        stack.push(Res(5))
        raise ValueError("boom")
except ValueError:
    event("caught")
with contextlib.closing(Res(6)) as r:
    event("closing body", r.n)
del r
with contextlib.nullcontext(Res(7)) as r:
    event("null", r.n)
del r
@contextlib.contextmanager
def managed(n):
    r = Res(n)
    try:
        yield r
    finally:
        event("finally", n)
@managed(8)
def decorated():
    event("decorated")
decorated()
decorated()
with contextlib.suppress(KeyError):
    {}["x"]
stack = contextlib.ExitStack()
stack.enter_context(Res(9))
s2 = stack.pop_all()
stack.close()
event("popped")
s2.close()
del stack, s2
event("end")
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
    def __deepcopy__(self, memo):
        event("deepcopy", self.name)
        return Node(self.name + "'", [copy.deepcopy(c, memo) for c in self.children])
    def __copy__(self):
        event("copy", self.name)
        return Node(self.name + "~", self.children)
    def __del__(self):
        event("del", self.name)
tree = Node("root", [Node("a"), Node("b")])
shallow = copy.copy(tree)
event("shallow", shallow.name, [c.name for c in shallow.children])
deep = copy.deepcopy(tree)
event("deep", deep.name, [c.name for c in deep.children])
data = {"k": [Node("x"), (Node("y"), 1)]}
d2 = copy.deepcopy(data)
event("d2", d2["k"][0].name)
del data
event("del data")
del tree
event("del tree")
del shallow, deep, d2
gc.collect()
@functools.total_ordering
class V(Named):
    died = "del V"
    def __eq__(self, o):
        return self.name == o.name
    def __lt__(self, o):
        return self.name < o.name
a, b = V(1), V(2)
event(a < b, a > b, a <= b, a >= b, b >= a)
del a, b
def cmp(x, y):
    return x.name - y.name
items = [V(3), V(1), V(2)]
s = sorted(items, key=functools.cmp_to_key(cmp))
event([x.name for x in s])
del items
event("del items")
del s
@functools.singledispatch
def show(x):
    event("generic", type(x).__name__)
@show.register(int)
def _(x):
    event("int", x)
@show.register(list)
def _(x):
    event("list", len(x))
show(1); show([1, 2]); show("s"); show(True)
class WObj(Named):
    died = "del"
    def __hash__(self):
        return self.name
    def __eq__(self, o):
        return self is o
class WMeta(Named):
    died = "del meta"
wk = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
objs = [WObj(i) for i in range(4)]
for o in objs:
    wk[o] = WMeta(o.name)
    ws.add(o)
event("len", len(wk), len(ws))
del o
del objs[1]
event("len after del 1", len(wk), len(ws))
gc.collect()
event("len after collect", len(wk), len(ws), sorted(x.name for x in ws), sorted(k.name for k in wk))
objs.clear()
event("cleared")
gc.collect()
event("len end", len(wk), len(ws), list(ws), list(wk.keys()))
wv = weakref.WeakValueDictionary()
a = WObj(10)
wv["a"] = a
event("in", "a" in wv, len(wv))
del a
gc.collect()
event("after", "a" in wv, len(wv), list(wv.items()))
