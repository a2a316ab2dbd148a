# includes: named.py, parse_payload.py
# An error reporter: TracebackException, StackSummary and walk_tb, and clear_frames to free the locals
import gc
import traceback

def load(rows):
    out = []
    for row in rows:
        out.append(parse(row))
    return out

try:
    load(["1", "2", "x3"])
except ValueError as exc:
    err = exc
event("caught", type(err).__name__)
te = traceback.TracebackException.from_exception(err)
event("te", te.exc_type.__name__, [f.name for f in te.stack], str(te))
event("only", traceback.format_exception_only(type(err), err))
frames = [(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(err.__traceback__)]
event("walk", [name for name, _ in frames])
summary = traceback.StackSummary.extract(traceback.walk_tb(err.__traceback__), capture_locals=True)
event("locals", summary[-1].name, sorted(summary[-1].locals), summary[-1].locals["data"])
event("lines", [fs.line for fs in summary][1:])
del te, summary
event("reports dropped")
traceback.clear_frames(err.__traceback__)
event("frames cleared")
event("format", traceback.format_exception(type(err), err, err.__traceback__)[-1].strip())
tb_len = len(traceback.extract_tb(err.__traceback__))
del err
gc.collect()
event("end", tb_len)
