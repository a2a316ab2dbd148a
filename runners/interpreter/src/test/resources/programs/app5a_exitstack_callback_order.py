# Deployment steps undone through contextlib.ExitStack: callback order, exceptions in callbacks, pop_all
from contextlib import ExitStack, contextmanager

class Lock:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        event("acquire", self.name)
        return self
    def __exit__(self, *exc):
        event("release", self.name, exc[0].__name__ if exc[0] else None)
        return False
    def __del__(self):
        event("lock freed", self.name)

@contextmanager
def staged(name):
    event("stage in", name)
    try:
        yield name.upper()
    finally:
        event("stage out", name)

def deploy(fail_at=None):
    with ExitStack() as stack:
        for name in ("db", "cache"):
            stack.enter_context(Lock(name))
        label = stack.enter_context(staged("web"))
        stack.callback(event, "callback", label)
        if fail_at == "body":
            raise RuntimeError("deploy failed")
        return label

event("ok", deploy())
try:
    deploy("body")
except RuntimeError as e:
    event("caught", e)

def bad_cleanup():
    raise KeyError("cleanup broke")

try:
    with ExitStack() as stack:
        stack.callback(event, "first registered")
        stack.callback(bad_cleanup)
        stack.enter_context(Lock("outer"))
        raise ValueError("original")
except KeyError as e:
    event("replaced", repr(e), type(e.__context__).__name__, e.__context__.args)

def acquire_all(names):
    with ExitStack() as stack:
        locks = [stack.enter_context(Lock(n)) for n in names]
        keep = stack.pop_all()
    event("transferred", [l.name for l in locks])
    return keep, locks

keep, locks = acquire_all(["a", "b"])
del locks
event("locks list dropped")
with keep:
    event("inside kept stack")
event("kept stack closed")
del keep
event("end")
