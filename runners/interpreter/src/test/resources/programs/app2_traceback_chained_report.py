# includes: named.py
# An error reporter formats chained exceptions (raise from, implicit context) with traceback
import traceback

class Request(Named):
    died = "del request"

class AppError(Exception):
    pass

def parse(req, text):
    return int(text)

def handle(req, text):
    try:
        return parse(req, text)
    except ValueError as e:
        raise AppError(f"request {req.name} failed") from e

def cleanup(req):
    try:
        handle(req, "x")
    except AppError:
        {}["missing"]

def summarize(exc):
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    heads = [l.strip() for l in lines if not l.startswith("  ") and l.strip()]
    return heads

try:
    cleanup(Request(1))
except KeyError as err:
    saved = err
event("saved", type(saved).__name__, type(saved.__context__).__name__, type(saved.__context__.__cause__).__name__)
for line in summarize(saved):
    event(line)
event("only", traceback.format_exception_only(type(saved.__context__), saved.__context__))
te = traceback.TracebackException.from_exception(saved)
event("te", te.exc_type.__name__, te.__context__.exc_type.__name__, te.__context__.__cause__.exc_type.__name__)
del te
saved.__context__.__traceback__ = None
event("context tb cleared")
del saved
event("end")
