# includes: named.py
# A transaction helper usable as both "with" and decorator (contextlib.ContextDecorator / contextmanager)
from contextlib import ContextDecorator, contextmanager
import gc

class Resource(Named):
    died = "resource freed"

class transaction(ContextDecorator):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        event("begin", self.name)
        self.res = Resource(self.name)
        return self
    def __exit__(self, et, ev, tb):
        event("commit" if et is None else "rollback", self.name)
        del self.res
        return False

@transaction("save")
def save(x):
    event("saving", x)
    if x < 0:
        raise ValueError(x)
    return x * 2

event("result", save(2))
try:
    save(-1)
except ValueError as e:
    event("caught", e)
with transaction("manual") as t:
    event("inside", t.name, t.res.name)
del t

@contextmanager
def timer(label):
    event("start", label)
    yield
    event("stop", label)

@timer("decorated")
def work():
    event("working")
work()
work()
gc.collect()
event("end")
