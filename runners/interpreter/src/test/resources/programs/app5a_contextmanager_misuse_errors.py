# includes: named.py
# Misbehaving @contextmanager generators: yielding twice, not yielding, swallowing, replacing exceptions
from contextlib import contextmanager
import gc

class Handle(Named):
    died = "handle freed"

@contextmanager
def twice():
    h = Handle("twice")
    yield h
    yield h

@contextmanager
def never():
    if False:
        yield
    event("never yields")

@contextmanager
def replacing():
    h = Handle("replacing")
    try:
        yield h
    except KeyError as e:
        raise ValueError("wrapped") from e

@contextmanager
def stop_inside():
    yield
    event("after yield")

try:
    with twice() as h:
        event("body", h.name)
except RuntimeError as e:
    event("twice", str(e))
del h
event("h dropped")

try:
    with never():
        event("unreachable")
except RuntimeError as e:
    event("never", str(e))

try:
    with replacing() as h2:
        raise KeyError("k")
except ValueError as e:
    event("replaced", str(e), type(e.__cause__).__name__, e.__suppress_context__)
    err = e
del h2
event("h2 dropped")
del err
event("err dropped")

def gen_body():
    with stop_inside():
        raise StopIteration("inner")

try:
    gen_body()
except StopIteration as e:
    event("stopiteration", e.value if hasattr(e, "value") else e.args)
except RuntimeError as e:
    event("runtime", str(e))
gc.collect()
event("end")
