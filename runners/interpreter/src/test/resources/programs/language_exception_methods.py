# Issue 18 (the language): with_traceback keeps the frames of the traceback it is given; add_note (3.11+) keeps
# its notes in the exception's __notes__ list.
# includes: res.py
import sys
def fail():
    r = Res("frame local")
    raise ValueError("inner")
try:
    fail()
except ValueError as e:
    saved = RuntimeError("outer").with_traceback(e.__traceback__)
event("caught", saved.__traceback__ is not None)
saved = saved.with_traceback(None)
event("traceback dropped", saved.__traceback__)
try:
    saved.with_traceback(1)
except TypeError as t:
    event("TypeError", t)
err = KeyError("k")
if hasattr(err, "add_note"):
    err.add_note("first")
    err.add_note("second")
    event("notes", err.__notes__)
    try:
        err.add_note(3)
    except TypeError as t:
        event("TypeError", t)
else:
    event("no add_note")
event("end")
