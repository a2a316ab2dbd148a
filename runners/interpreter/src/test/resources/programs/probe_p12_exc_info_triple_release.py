# 3.10 keeps the handled exception as a (type, value, traceback) triple. When a handled exception dies at the end
# of its handler, the triple still holds the traceback, so the exception's cause and context die before the
# frames of its traceback; sys.exc_info()[2] and a bare raise keep the traceback the exception was caught with,
# whatever __traceback__ says now. 3.11 keeps only the exception (bpo-45711).
# includes: r_dead.py
import gc, sys
gc.disable()

class E(Exception):
    pass

def fail():
    local = R("callee-local")
    raise E(R("arg")) from ValueError(R("cause"))

event("except without name:")
try:
    fail()
except E:
    event("  in handler")
event("after handler")

def fail2():
    local = R("callee-local-2")
    raise E(R("arg-2"))

event("context chain:")
try:
    try:
        raise KeyError(R("context"))
    except KeyError:
        fail2()
except E:
    event("  in handler")
event("after handler")

# Raises a bare E from a frame holding a local tagged n.
def fail_bare(n):
    local = R("callee-local-" + n)
    raise E()

event("exc_info traceback after clearing __traceback__:")
try:
    fail_bare("3")
except E as e:
    e.__traceback__ = None
    t, v, tb = sys.exc_info()
    event("  exc_info type", t.__name__, "value is e", v is e, "tb is None", tb is None)
    del t, v, tb
    event("  nested handler")
    try:
        raise KeyError("inner")
    except KeyError:
        event("  inner exc_info", sys.exc_info()[0].__name__)
    event("  restored tb is None", sys.exc_info()[2] is None)
event("after handler")

event("bare raise after clearing __traceback__:")
try:
    try:
        fail_bare("4")
    except E as e:
        e.__traceback__ = None
        raise
except E as e2:
    event("  re-raised without traceback:", e2.__traceback__ is None)
event("after handler")

event("exc_info in a generator:")
def gen():
    try:
        raise E(R("gen-exc"))
    except E:
        yield sys.exc_info()[2] is not None
        yield sys.exc_info()[0].__name__
g = gen()
event("  ", next(g))
event("  outside", sys.exc_info())
event("  ", next(g))
del g
event("done")
