# 3.10's handled-exception triple keeps the traceback an exception was caught with: a generator suspended in its
# handler, or a handler that calls code handling another exception, still holds the callee's frame after
# __traceback__ was cleared; 3.11 frees it at once. raise e, __context__ and finally blocks agree.
import gc, sys
gc.disable()
class R:
    def __init__(self, n): self.n = n
    def __del__(self): event("dead", self.n)
class E(Exception): pass
def fail(tag):
    local = R(tag)
    raise E(tag)

event("generator suspended in handler, traceback cleared:")
def g():
    try:
        fail("g-callee")
    except E as e:
        e.__traceback__ = None
        yield 1
        event("  resumed, exc_info tb None:", sys.exc_info()[2] is None)
        yield 2
    yield 3
it = g()
next(it)
event("  suspended")
next(it)
next(it)
event("  after handler in gen")
del it

event("raise e after clearing traceback:")
try:
    try:
        fail("callee-2")
    except E as e:
        e.__traceback__ = None
        raise e
except E as e2:
    event("  tb is None:", e2.__traceback__ is None)
event("after")

event("context of a new exception raised in handler:")
try:
    try:
        fail("callee-3")
    except E as e:
        e.__traceback__ = None
        raise KeyError("k")
except KeyError as k:
    event("  context tb None:", k.__context__.__traceback__ is None)
    del k
event("after")

event("exception in finally:")
def f4():
    try:
        fail("callee-4")
    finally:
        event("  in finally, exc_info:", sys.exc_info()[0].__name__)
try:
    f4()
except E:
    event("  caught")
event("after")

event("exc_info saved across a call that handles another exception:")
def inner():
    try:
        fail("inner-callee")
    except E:
        event("  inner exc_info:", sys.exc_info()[1].args[0])
    event("  inner after:", sys.exc_info()[1].args[0])
try:
    fail("outer-callee")
except E as e:
    e.__traceback__ = None
    inner()
    event("  outer exc_info tb None:", sys.exc_info()[2] is None)
event("end")
