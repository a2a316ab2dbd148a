# includes: named.py
# ExitStack as a transaction: callback() rollbacks with arguments, push() an exit that swallows, pop_all on success
from contextlib import ExitStack

class Resource(Named):
    died = "del"
    def __enter__(self):
        event("acquire", self.name)
        return self
    def __exit__(self, *exc):
        event("release", self.name)

def rollback(name, reason="abort"):
    event("rollback", name, reason)

def swallow_value_errors(exc_type, exc, tb):
    event("exit hook sees", exc_type.__name__ if exc_type else None)
    return exc_type is ValueError

def transaction(fail):
    keep = None
    with ExitStack() as stack:
        r = stack.enter_context(Resource("db"))
        stack.callback(rollback, "db", reason="failed")
        stack.push(swallow_value_errors)
        stack.enter_context(Resource("cache"))
        if fail:
            raise ValueError("bad row")
        keep = stack.pop_all()
    event("committed")
    return keep

event("failed run returns", transaction(True))
kept = transaction(False)
event("kept stack", type(kept).__name__)
kept.close()
event("kept closed")
del kept
event("end")
