# includes: named.py
# A library's dataclasses use KW_ONLY where the interpreter has it (3.10+), kw_only fields otherwise
import dataclasses
from dataclasses import dataclass, field
import sys

try:
    from dataclasses import KW_ONLY
    HAVE_KW_ONLY = True
except ImportError:
    HAVE_KW_ONLY = False
event("has KW_ONLY", HAVE_KW_ONLY == (sys.version_info >= (3, 10)))

class Handle(Named):
    died = "handle freed"
    def __repr__(self):
        return "Handle(%r)" % self.name

if HAVE_KW_ONLY:
    @dataclass
    class Options:
        path: str
        _: KW_ONLY
        retries: int = 3
        handle: Handle = field(default_factory=lambda: Handle("default"))
else:
    @dataclass
    class Options:
        path: str
        retries: int = 3
        handle: Handle = field(default_factory=lambda: Handle("default"))

o = Options("a.txt", retries=5)
event("options", o.path, o.retries, o.handle)
o2 = Options("b.txt", handle=Handle("custom"))
event("fields", [f.name for f in dataclasses.fields(o2)])
event("kw_only flags", [getattr(f, "kw_only", False) for f in dataclasses.fields(o2)] if HAVE_KW_ONLY else "n/a")
try:
    Options("c.txt", 7)
    event("positional accepted")
except TypeError:
    event("positional rejected")
event("repr", repr(o2))
del o2
event("o2 dropped")
o = dataclasses.replace(o, path="z.txt")
event("replaced", o.path, o.handle)
event("end")
