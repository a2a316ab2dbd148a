# includes: named.py
# @contextmanager generators: exceptions thrown into the yield, re-raised as another type, or swallowed
from contextlib import contextmanager

class Conn(Named):
    died = "del conn"

class DatabaseError(Exception):
    pass

@contextmanager
def connect(name, swallow=False):
    conn = Conn(name)
    event("open", name)
    try:
        yield conn
    except KeyError as e:
        event("translate", repr(e))
        raise DatabaseError(name) from e
    except ValueError:
        event("value error in", name)
        if not swallow:
            raise
    else:
        event("commit", name)
    finally:
        event("close", name)

with connect("ok") as c:
    event("using", c.name)
del c
try:
    with connect("lookup"):
        {}["k"]
except DatabaseError as e:
    event("caught", repr(e), type(e.__cause__).__name__)
    err = e
with connect("soft", swallow=True):
    raise ValueError("ignored")
event("after swallow")
try:
    with connect("hard"):
        raise ValueError("kept")
except ValueError as e:
    event("propagated", e)
event("err frames hold conn?")
del err
event("end")
