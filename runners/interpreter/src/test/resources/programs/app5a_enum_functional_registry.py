# includes: named.py
# Enum registry for an order system: functional API, aliases, __members__, auto, IntEnum, Flag and lifetimes
import gc
import weakref
from enum import Enum, IntEnum, Flag, auto

class Handler(Named):
    died = "handler freed"

Color = Enum("Color", "RED GREEN BLUE")
event("functional", [c.name for c in Color], Color(2), Color["BLUE"].value)

class Status(Enum):
    NEW = 1
    FRESH = 1
    DONE = 2
    def label(self):
        return self.name.lower()

event("aliases", Status.FRESH is Status.NEW, [s.name for s in Status], list(Status.__members__))
event("label", Status.DONE.label(), repr(Status(1)), Status.NEW in Status)

class Priority(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()

event("intenum", Priority.HIGH > Priority.LOW, Priority.MID + 1, sorted([Priority.HIGH, 1]))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
event("flag", Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value)

class Route(Enum):
    HOME = "home"
    ADMIN = "admin"

handlers = {Route.HOME: Handler("home"), Route.ADMIN: Handler("admin")}
try:
    Route("missing")
except ValueError as e:
    event("missing", e)
wr = weakref.ref(Route, lambda r: event("Route class collected"))
event("lookup", handlers[Route("home")], Route.ADMIN.value)
handlers.pop(Route.HOME)
event("home popped")
gc.collect()
del handlers
event("handlers dropped")
gc.collect()
event("Route alive", wr() is not None)
del Route
gc.collect()
event("after collect", wr() is None)
event("end")
