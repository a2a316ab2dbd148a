# PEP 709 (3.12+): list, set and dict comprehensions run inline in the enclosing frame. The names they bind
# are saved and cleared before the loop and restored after it, which releases their last values; an
# exception pops the iterator and the partial result, restores the names and re-raises, so no comprehension
# frame reaches the traceback. 3.11 runs them as nested functions.
# includes: a_label.py
import gc
gc.disable()
def boom(v):
    if v.label == "b2":
        raise ValueError(v.label)
    return v
def f():
    x = A("outer-x")
    old = A("old-a")
    a = old
    del old
    a = [x for x in [A("e1"), A("e2")]]
    event("after-assign", x)
    [A("t" + str(i)) for i in range(2)]
    event("after-expr")
    d = {k: v for k, v in [(A("k1"), A("v1"))]}
    event("after-dict")
    fs = [lambda: y for y in [A("c1"), A("c2")]]
    event("after-lambdas", fs[0](), fs[1]())
    fs = None
    event("lambdas-dropped")
    n = [[b for b in c] for c in [[A("n1")], [A("n2")]]]
    event("nested")
    n = None
    event("nested-dropped")
    s = {z.label for z in [A("s1")]}
    event("set")
    return a
r = f()
event("returned", r)
r = None
def g():
    try:
        r = [boom(v) for v in [A("b1"), A("b2"), A("b3")]]
    except ValueError as e:
        tb = e.__traceback__
        n = 0
        while tb:
            n += 1
            tb = tb.tb_next
        event("caught", e, "traceback entries", n)
    event("after handler")
g()
def gen():
    y = [A("g1")]
    z = yield [q for q in y]
    event("resumed")
it = gen()
v = next(it)
event("got", len(v))
v = None
it = None
event("generator dropped")
x = A("module-x")
m = [x for x in [A("m1"), A("m2")]]
event("module", x, m)
m = None
event("module result dropped")
try:
    {k: boom(k) for k in [A("b2")]}
except ValueError:
    event("module caught")
class C:
    q = A("cq")
    w = [q for q in [A("cw")]]
    event("class body", q)
event("class done")
C = None
gc.collect()
event("end")
class K:
    fs = [lambda: i for i in [A("k0"), A("k1")]]
    event("class lambdas", [f() for f in fs])
    del fs
event("class with lambdas done")
K = None
gc.collect()
gs = [lambda: j for j in [A("m0"), A("m1")]]
event("module lambdas", [g() for g in gs])
gs = None
event("module lambdas dropped")
def outer():
    v = A("free-v")
    def mid():
        return [v for _ in range(2)]
    return mid()
event("free variable in comprehension", outer())
gc.collect()
event("the end")
