# Stream readers closed with contextlib.closing, optional contexts with nullcontext, errors with suppress
import contextlib

class Reader:
    def __init__(self, name, lines):
        self.name = name
        self.lines = lines
        self.closed = False
    def close(self):
        self.closed = True
        event("closed", self.name)
    def __del__(self):
        event("reader freed", self.name, self.closed)

def numbered(lines):
    try:
        for i, line in enumerate(lines, 1):
            yield f"{i}:{line}"
    finally:
        event("numbered generator finished")

with contextlib.closing(Reader("a.txt", ["x", "y"])) as r:
    event("read", r.lines)
event("after closing", r.closed)
del r

with contextlib.closing(numbered(["alpha", "beta", "gamma"])) as it:
    event("first", next(it))
event("generator closed", it.gi_frame is None)
del it

def process(reader=None):
    cm = contextlib.closing(reader) if reader else contextlib.nullcontext(Reader("default", []))
    with cm as r:
        event("processing", r.name)
    return "done"

event(process())
event(process(Reader("given", ["1"])))

results = []
for raw in ["1", "two", "3", None]:
    with contextlib.suppress(ValueError, TypeError):
        results.append(int(raw))
        event("parsed", raw)
event("results", results)

with contextlib.suppress(KeyError):
    keeper = Reader("kept", [])
    {}["missing"]
event("suppress leaves locals", keeper.name)
keeper = None
with contextlib.nullcontext() as nothing:
    event("nullcontext gives", nothing)
try:
    with contextlib.suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    event("escaped", e)
event("end")
