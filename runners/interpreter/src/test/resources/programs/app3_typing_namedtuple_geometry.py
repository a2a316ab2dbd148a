# includes: named.py
# Geometry records as typing.NamedTuple classes with defaults, methods and the namedtuple helpers
from typing import NamedTuple, Optional
import gc

class Tag(Named):
    died = "tag freed"

class Point(NamedTuple):
    x: float
    y: float = 0.0
    tag: Optional[Tag] = None
    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5
    def __str__(self):
        return "(%g, %g)" % (self.x, self.y)

p = Point(3, 4, Tag("a"))
q = Point(0)
event("fields", Point._fields, Point._field_defaults)
event("dist", p.dist(q), str(p), q)
event("asdict", p._asdict()["x"], list(p._asdict()))
r = p._replace(tag=Tag("b"))
event("replaced", r.tag, p.tag, r[0], len(r))
event("make", Point._make([1, 2, None]), Point._make([5, 6, None]).tag)
x, y, t = p
event("unpacked", x, y, t)
del t
event("annotations", list(Point.__annotations__))
event("eq tuple", Point(1, 2) == (1, 2, None), isinstance(p, tuple), hash(Point(1, 2)) == hash((1, 2, None)))
try:
    p.x = 10
except AttributeError:
    event("immutable")
del p
event("p dropped")
r = None
event("r dropped")
gc.collect()
event("end")
