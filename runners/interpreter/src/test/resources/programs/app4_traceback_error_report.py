# An error reporter: extract_tb, format_exception_only, walk_tb; clear_frames releases the locals a traceback holds
# includes: named.py, parse_payload.py
import sys
import traceback

def handle(data):
    return parse(data) * 2

try:
    handle("x1")
except ValueError as e:
    err = e
summary = traceback.extract_tb(err.__traceback__)
event("frames", [f.name for f in summary], [type(f.lineno).__name__ for f in summary][:1])
event("only", traceback.format_exception_only(type(err), err)[-1].strip())
event("walk", [f.f_code.co_name for f, line in traceback.walk_tb(err.__traceback__)])
lines = traceback.format_exception(type(err), err, err.__traceback__)
event("formatted", lines[0].strip(), lines[-1].strip())
del summary, lines
event("still held by traceback")
traceback.clear_frames(err.__traceback__)
event("cleared frames")
try:
    handle("y22")
except ValueError as e:
    event("info", sys.exc_info()[0].__name__, e.__traceback__.tb_next.tb_frame.f_code.co_name)
    e.__traceback__ = None
event("traceback dropped in handler")
del err
event("end")
