# includes: named.py
# Cleanup handlers on an ExitStack: push() exit callbacks that suppress, nested stacks, callbacks with arguments
from contextlib import ExitStack
import gc

class Conn(Named):
    died = "conn freed"
    def close(self):
        event("close", self.name)

def note(*args, **kw):
    event(*args, *sorted(kw.items()))

def swallow_value_errors(exc_type, exc, tb):
    event("exit handler sees", exc_type.__name__ if exc_type else None)
    return exc_type is ValueError

def run(fail):
    with ExitStack() as outer:
        c1 = Conn("primary")
        outer.callback(c1.close)
        outer.push(swallow_value_errors)
        with ExitStack() as inner:
            c2 = Conn("replica")
            inner.callback(c2.close)
            inner.callback(note, "inner cleanup", kw="done")
            if fail:
                raise fail("boom")
        event("after inner", fail)
    return "ok"

event("run none", run(None))
event("run value", run(ValueError))
try:
    run(KeyError)
except KeyError as e:
    event("escaped", repr(e))
gc.collect()

class Tracker:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, *exc):
        self.log.append("exit")
        event("tracker exit", self.log)
    def __del__(self):
        event("tracker freed")

stack = ExitStack()
t = stack.enter_context(Tracker())
stack.push(lambda *exc: event("lambda exit", exc[0]))
del t
event("closing stack")
stack.close()
event("stack closed")
stack.close()
event("second close no-op")
del stack
event("end")
