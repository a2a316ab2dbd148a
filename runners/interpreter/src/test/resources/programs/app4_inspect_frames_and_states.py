# includes: named.py
# Debug helpers built on inspect: who called me, generator states, and what a suspended frame's locals hold
import inspect
import sys

class Buf(Named):
    died = "buf freed"

def caller_name():
    return inspect.currentframe().f_back.f_code.co_name

def service():
    return caller_name()

def reader():
    buf = Buf(1)
    try:
        yield buf.name
        yield buf.name + 1
    finally:
        event("reader finally", inspect.currentframe().f_code.co_name)

event("caller", service(), caller_name())
g = reader()
event("state", inspect.getgeneratorstate(g))
event("value", next(g), inspect.getgeneratorstate(g))
event("locals", sorted(g.gi_frame.f_locals), g.gi_frame.f_lineno > 0, g.gi_running)
event("frame chain", inspect.currentframe().f_code.co_name, sys._getframe(0) is inspect.currentframe())
g.close()
event("state", inspect.getgeneratorstate(g), g.gi_frame)
h = reader()
next(h)
next(h)
try:
    next(h)
except StopIteration:
    event("exhausted", inspect.getgeneratorstate(h))
event("isgen", inspect.isgenerator(h), inspect.isgeneratorfunction(reader), inspect.isfunction(reader))
event("end")
