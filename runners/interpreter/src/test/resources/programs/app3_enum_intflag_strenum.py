# Permission bits as IntFlag and status names as StrEnum (with the usual fallback before 3.11)
import enum
from enum import IntFlag, Enum

try:
    from enum import StrEnum
except ImportError:
    class StrEnum(str, Enum):
        def __str__(self):
            return self.value

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

class Status(StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"

class Account:
    def __init__(self, name, perm, status):
        self.name, self.perm, self.status = name, perm, status
    def __del__(self):
        event("account freed", self.name, int(self.perm), str(self.status))

rw = Perm.R | Perm.W
event("int ops", int(rw), rw & 4, rw == 6, Perm.R in rw, Perm.X in rw)
event("bool", bool(Perm(0)), bool(rw), isinstance(rw, int))
event("from int", Perm(5) == Perm.R | Perm.X, Perm(7) & ~Perm.W == 5)
event("members", [m.name for m in Perm], Perm["W"].value)
event("status", str(Status.ACTIVE), Status("blocked").name, Status.ACTIVE == "active", Status.ACTIVE.upper())
event("format", "%s" % Status.BLOCKED, "{}".format(Status.ACTIVE), f"{Status.ACTIVE}")
a = Account("root", Perm.R | Perm.W | Perm.X, Status.ACTIVE)
b = Account("guest", Perm.R, Status.BLOCKED)
event("can write", [x.name for x in (a, b) if x.perm & Perm.W])
lookup = {Status.ACTIVE: a, "blocked": b}
event("str keys", lookup["active"].name, lookup[Status.BLOCKED].name)
del lookup
b = None
event("b dropped")
try:
    Status("unknown")
except ValueError as e:
    event("ValueError", "unknown" in str(e))
event("end")
