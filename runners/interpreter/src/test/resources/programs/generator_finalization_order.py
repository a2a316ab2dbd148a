# includes: a_n.py
import gc, weakref
gc.disable()

def sink(*a):
    pass

def g_plain():
    a = A("ga")
    b = A("gb")
    sink(A("gt1"), A("gt2"), (yield))

def g_try():
    a = A("ta")
    b = A("tb")
    try:
        sink(A("tt1"), A("tt2"), (yield))
    finally:
        event("g_try finally")

def g_for():
    a = A("fa")
    for x in [A("item")]:
        yield

event("suspended in expression, del:")
g = g_plain(); next(g); del g
event("after del")
event("suspended in try/finally, del:")
g = g_try(); next(g); del g
event("after del")
event("suspended in for, del:")
g = g_for(); next(g); del g
event("after del")

def gen_with_weakref():
    try:
        x = A("gen-local")
        yield 1
    except GeneratorExit:
        event("GeneratorExit")
        raise
    finally:
        event("finally")

g = gen_with_weakref()
next(g)
w = weakref.ref(g, lambda r: event("weakref cb on generator"))
del g
event("after del")

def done():
    a = A("da")
    yield 1
g = done()
next(g)
for _ in g:
    pass
event("after exhaustion")
del g
event("end")
