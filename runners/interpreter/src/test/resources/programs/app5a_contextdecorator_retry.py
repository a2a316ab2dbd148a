# Retry/timing helpers as context managers that double as decorators (ContextDecorator, contextmanager)
import contextlib
import gc

class Span:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("span freed", self.name)

@contextlib.contextmanager
def traced(name):
    span = Span(name)
    event("enter", name)
    try:
        yield span
    except KeyError as e:
        event("swallowed", name, e.args[0])
    else:
        event("clean exit", name)
    finally:
        event("leave", name)

@traced("lookup")
def lookup(table, key):
    return table[key]

event("found", lookup({"a": 1}, "a"))
event("missing", lookup({}, "zz"))

class audit(contextlib.ContextDecorator):
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        audit.depth += 1
        event("audit in", self.label, audit.depth)
        return self
    def __exit__(self, exc_type, exc, tb):
        event("audit out", self.label, audit.depth, exc_type.__name__ if exc_type else "-")
        audit.depth -= 1
        return exc_type is TypeError

@audit("outer")
def outer(x):
    return inner(x) + 1

@audit("inner")
def inner(x):
    if x is None:
        raise TypeError("none")
    return x * 10

event("outer", outer(2))
event("outer none", outer(None))

cm = traced("reused")
with cm as s:
    event("span", s.name)
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    event("reuse", type(e).__name__)
del cm, s
gc.collect()

def flaky(attempts):
    for n in range(attempts):
        with contextlib.suppress(ConnectionError):
            with traced(f"try{n}"):
                if n < 2:
                    raise ConnectionError(n)
                return n
    return -1

event("flaky", flaky(3))
event("end")
