# includes: named.py
# Frozen dataclasses as value objects: hashing, replace(), FrozenInstanceError and a shared payload
from dataclasses import dataclass, replace, FrozenInstanceError, field

class Payload(Named):
    died = "del payload"

@dataclass(frozen=True)
class Point:
    x: int
    y: int
    payload: object = field(default=None, compare=False, hash=False)
    def moved(self, dx, dy):
        return replace(self, x=self.x + dx, y=self.y + dy)

p = Point(1, 2, Payload("origin"))
try:
    p.x = 5
except FrozenInstanceError as e:
    event("frozen", type(e).__name__, isinstance(e, AttributeError))
q = p.moved(3, 4)
event("q", q.x, q.y, q.payload is p.payload, hash(Point(4, 6)) == hash(q))
seen = {p: "first", q: "second"}
event("lookup", seen[Point(1, 2)], Point(4, 6, Payload("tmp")) in seen)
del p
event("p dropped, payload shared with q")
seen.clear()
event("cleared")
r = replace(q, payload=Payload("new"))
del q
event("q dropped")
try:
    object.__setattr__(r, "x", 100)
    event("bypassed", r.x)
finally:
    del r
event("end")
