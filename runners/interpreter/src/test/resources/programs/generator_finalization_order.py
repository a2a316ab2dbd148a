# includes: a_n.py, suspended_generators.py
import gc, weakref
gc.disable()

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
