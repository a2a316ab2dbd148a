# includes: named.py
# An HTTP-like status enum with _missing_ for unknown codes and aliases; handlers cached per member
from enum import Enum, IntEnum

class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500
    @classmethod
    def _missing_(cls, value):
        event("missing", value)
        if isinstance(value, int) and 500 <= value < 600:
            return cls.SERVER_ERROR
        return None

class Color(Enum):
    RED = "r"
    CRIMSON = "r"
    GREEN = "g"

class Handler(Named):
    died = "del handler"

event("lookup", Status(404).name, Status(503).name, Status.OK == 200, Status.CREATED + 1)
try:
    Status(302)
except ValueError as e:
    event("error", e)
event("alias", Color.CRIMSON is Color.RED, [c.name for c in Color], list(Color.__members__))
handlers = {}
for code in (200, 404, 599, 500):
    handlers.setdefault(Status(code), Handler(Status(code).name))
event("handlers", sorted(h.name for h in handlers))
del handlers[Status.NOT_FOUND]
event("dropped 404")
handlers = {}
event("end")
