# Dataclasses validating in __post_init__; the failure traceback runs through the generated __init__.
import traceback
from dataclasses import dataclass, field

# includes: named.py
class Buffer(Named):
    died = "buffer freed"

@dataclass
class Packet:
    kind: str
    size: int = 0
    buf: Buffer = field(default_factory=lambda: Buffer("default"))
    VALID = ("data", "ack")

    def __post_init__(self):
        if self.kind not in self.VALID:
            raise KeyError(self.kind)
        elif self.size < 0:
            raise ValueError("negative size %d" % self.size)

def make(*args, **kwargs):
    try:
        p = Packet(*args, **kwargs)
    except (ValueError, KeyError) as e:
        tb = traceback.extract_tb(e.__traceback__)
        event("rejected", type(e).__name__, [(f.filename if f.filename.startswith("<") else "file", f.name) for f in tb])
        event("  last frame line", tb[-1].line == "" or tb[-1].line is None or "raise" in tb[-1].line)
        return None
    event("made", p)
    return p

good = make("data", 10, Buffer("explicit"))
bad = make("data", -1, Buffer("neg"))
event("after bad")
worse = make("nack")
event("after worse")
ack = make(kind="ack")
ok_code = Packet.__init__.__code__
event("init code", ok_code.co_name, ok_code.co_argcount, ok_code.co_varnames[:ok_code.co_argcount])
event("init defaults", Packet.__init__.__defaults__ is not None)
del good, ack
event("end")
