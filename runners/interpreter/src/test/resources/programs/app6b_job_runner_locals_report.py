# A job runner that reports a failing job with TracebackException(capture_locals=True): the report keeps
# repr() strings of each frame's locals, never the objects, so the job's Workspace dies when the error does.
# A suspended progress generator is closed when the runner gives up on the job.
# includes: named.py
import traceback


class Workspace(Named):
    died = "workspace removed"


def progress(job):
    try:
        for pct in (25, 50, 75, 100):
            yield "%s %d%%" % (job, pct)
    finally:
        event("progress closed", job)


def run_step(ws, step):
    factor = {"fetch": 2, "build": 0}[step]
    return len(ws.name) // factor


def run(job, steps):
    ws = Workspace(job)
    ticker = progress(job)
    event(next(ticker))
    for step in steps:
        run_step(ws, step)
        event(next(ticker))
    return "ok"


for job, steps in [("alpha", ["fetch"]), ("beta", ["fetch", "build"]), ("gamma", ["deploy"])]:
    try:
        event("result", run(job, steps))
    except (ZeroDivisionError, KeyError) as exc:
        te = traceback.TracebackException.from_exception(exc, capture_locals=True)
        frames = [fs.name for fs in te.stack]
        event("failed", job, frames, "".join(te.format_exception_only()).strip())
        inner = te.stack[-1]
        event("locals", sorted(inner.locals.items()))
    event("next job")
