# includes: named.py
# Errors raised inside contextmanager blocks keep generator frames and locals alive through tracebacks
import gc
import sys
from contextlib import contextmanager

class Buffer(Named):
    died = "buffer freed"

@contextmanager
def transaction(name):
    buf = Buffer(name)
    event("begin", name)
    try:
        yield buf
    except ZeroDivisionError:
        event("rollback", name)
        raise
    finally:
        event("finally", name)

def compute(d):
    with transaction("calc") as buf:
        tmp = Buffer("tmp")
        return 10 / d

saved = None
try:
    compute(0)
except ZeroDivisionError as e:
    saved = e
    event("caught", type(e).__name__)
tb = saved.__traceback__
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
event("traceback frames", names)
event("after except")
saved = None
event("saved dropped")

def swallow():
    with transaction("quiet"):
        raise KeyError("k")

try:
    swallow()
except KeyError:
    info = sys.exc_info()
    event("exc_info", info[0].__name__)
event("info held")
del info
event("info dropped")

@contextmanager
def suppressor():
    try:
        yield
    except ValueError as e:
        event("suppressed", e)

with suppressor():
    local = Buffer("local")
    raise ValueError("bad")
event("after suppress")
del local
gc.collect()
event("end")
