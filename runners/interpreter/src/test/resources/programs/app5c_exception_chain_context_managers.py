# includes: named.py
# Error handling in a transaction layer: class-based context managers, chaining, with_traceback and notes
import gc
import sys

class Resource(Named):
    died = "resource freed"

class Transaction:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        event("enter", self.name)
        self.res = Resource(self.name)
        return self.res
    def __exit__(self, exc_type, exc, tb):
        event("exit", self.name, exc_type.__name__ if exc_type else None)
        del self.res
        return self.swallow

class StoreError(Exception):
    pass

def save(name):
    local = Resource("local " + name)
    raise OSError(f"disk full: {name}")

def commit(name, hide=False):
    try:
        save(name)
    except OSError as e:
        if hide:
            raise StoreError("commit failed") from None
        raise StoreError("commit failed") from e

with Transaction("quiet", swallow=True) as r:
    event("inside", r.name)
    raise ValueError("ignored")
event("after swallowed")
try:
    with Transaction("loud"):
        commit("loud")
except StoreError as e:
    event("caught", e, type(e.__cause__).__name__, e.__suppress_context__)
    kept = e
event("kept error keeps the frames")
kept.__cause__.__traceback__ = None
event("cause traceback cleared")
del kept
event("kept dropped")
try:
    commit("hidden", hide=True)
except StoreError as e:
    event("hidden", e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    event("implicit context", type(e.__context__).__name__, e.__cause__)
def fail_at(tag):
    res = Resource("tb " + tag)
    raise RuntimeError(tag)
try:
    fail_at("first")
except RuntimeError as e:
    tb = e.__traceback__
err = ValueError("rewrapped")
same = err.with_traceback(tb)
event("with_traceback", same is err, err.__traceback__ is tb)
del tb, same
if sys.version_info >= (3, 11):
    err.add_note("retry later")
    notes = err.__notes__
else:
    notes = ["retry later"]
event("notes", notes)
err = None
event("err dropped")
gc.collect()
event("end")
