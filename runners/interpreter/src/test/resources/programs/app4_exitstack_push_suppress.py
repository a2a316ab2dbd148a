# ExitStack teardown: enter_context, callback and push(exit); an exit that suppresses; pop_all transfers
import gc
from contextlib import ExitStack, contextmanager

class Resource:
    def __init__(self, name):
        self.name = name
        event("open", name)
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        event("close", self.name, et.__name__ if et else None)
        return False
    def __del__(self):
        event("freed", self.name)

def swallow_value_errors(et, ev, tb):
    event("exit fn sees", et.__name__ if et else None)
    return et is ValueError

@contextmanager
def scope(name):
    event("enter scope", name)
    try:
        yield name
    finally:
        event("leave scope", name)

with ExitStack() as stack:
    a = stack.enter_context(Resource("a"))
    stack.push(swallow_value_errors)
    s = stack.enter_context(scope("s1"))
    stack.callback(event, "callback", "with", "args")
    del a
    raise ValueError("boom")
event("after with: suppressed")
gc.collect()
event("collected")

def build():
    with ExitStack() as stack:
        r1 = stack.enter_context(Resource("r1"))
        r2 = stack.enter_context(Resource("r2"))
        keep = stack.pop_all()
        event("pop_all done")
    event("build returns")
    return keep, (r1, r2)

keep, pair = build()
del pair
event("closing transferred stack")
keep.close()
del keep
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("t"))
        stack.push(swallow_value_errors)
        raise KeyError("k")
except KeyError as e:
    event("propagated", repr(e))
event("end")
