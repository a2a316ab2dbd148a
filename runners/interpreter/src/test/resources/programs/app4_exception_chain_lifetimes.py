# includes: named.py
# Wrapping errors with raise ... from, raise ... from None and implicit context; what the chain keeps alive
import gc

class Conn(Named):
    died = "conn freed"

class DataError(Exception):
    pass

def query(name):
    conn = Conn(name)
    raise KeyError(name)

def fetch_explicit():
    try:
        query("explicit")
    except KeyError as e:
        raise DataError("fetch failed") from e

def fetch_hidden():
    try:
        query("hidden")
    except KeyError:
        raise DataError("not found") from None

def fetch_implicit():
    try:
        query("implicit")
    except KeyError:
        return 1 / 0

errors = []
for fn in (fetch_explicit, fetch_hidden, fetch_implicit):
    try:
        fn()
    except Exception as e:
        errors.append(e)
        c = e.__cause__
        event(fn.__name__, type(e).__name__, type(c).__name__ if c else None,
              type(e.__context__).__name__, e.__suppress_context__)
del c
event("errors saved")
errors[1].__context__ = None
event("hidden context dropped")
errors[0].__cause__ = None
event("explicit cause dropped, context remains", type(errors[0].__context__).__name__)
errors[0].__context__ = None
event("explicit context dropped")
del errors
gc.collect()
event("end")
