# includes: named.py
# Sensor records as dataclasses: frozen + slots (3.10+), default_factory, __post_init__, replace, asdict, fields
import sys
import weakref
from dataclasses import dataclass, field, fields, asdict, replace, FrozenInstanceError

class Blob(Named):
    died = "blob freed"

extra = {"slots": True} if sys.version_info >= (3, 10) else {}

@dataclass(frozen=True, **extra)
class Reading:
    sensor: str
    value: float
    unit: str = "C"

@dataclass
class Batch:
    name: str
    readings: list = field(default_factory=list)
    payload: object = None
    count: int = field(init=False, default=0)
    def __post_init__(self):
        self.count = len(self.readings)
        event("post_init", self.name, self.count)

r1 = Reading("t1", 21.5)
r2 = replace(r1, value=22.0)
event("readings", r1, r2, r1 == r2, r1 == Reading("t1", 21.5))
event("has dict", hasattr(r1, "__dict__"), [f.name for f in fields(Reading)])
try:
    r1.value = 0
except FrozenInstanceError as e:
    event("frozen", type(e).__name__, e.args)
b = Batch("morning", [r1, r2], payload=Blob("raw"))
wb = weakref.ref(b, lambda ref: event("batch ref cleared"))
snapshot = asdict(b)
event("asdict", snapshot["name"], snapshot["count"], snapshot["readings"][0])
event("payload shared", snapshot["payload"] is b.payload)
b2 = replace(b, name="evening")
event("replaced", b2.name, b2.count, b2.readings is b.readings)
del b
event("b deleted", wb() is None)
b2.payload = None
event("b2 payload reset")
snapshot.clear()
event("snapshot cleared")
hashes_equal = hash(Reading("x", 1.0)) == hash(Reading("x", 1.0))
event("hash", hashes_equal, len({Reading("x", 1.0), Reading("x", 1.0), r1}))
event("end")
