import gc
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List, Optional, ClassVar
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): event("del", self.n)
    def __repr__(self): return f"Res({self.n})"
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "b"
@dataclass
class Holder:
    res: Res
    scale: InitVar[int] = 1
    extra: Optional[Res] = None
    items: List[int] = field(default_factory=list, repr=False)
    def __post_init__(self, scale):
        event("post_init", self.res, scale)
    def __del__(self):
        event("del holder", self.res)
p = Point(1, 2)
event(p, Point(3), p == Point(1, 2), p != Point(1, 3), asdict(p), astuple(p), replace(p, y=9))
event(sorted([Job(3, "c"), Job(1, "a"), Job(2, "b")]), Job(1, "x") == Job(1, "y"))
j1 = Job(1, "a"); j2 = Job(1, "b"); j1.tags.append(1); event(j1.tags, j2.tags)
f = Frozen(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    event("frozen", e, isinstance(e, AttributeError))
event(hash(f) == hash(Frozen(1)), [fl.name for fl in fields(Holder)])
try:
    hash(p)
except TypeError as e:
    event("TypeError", e)
h = Holder(Res(1), 5, extra=Res(2))
event(h)
try:
    Point()
except TypeError as e:
    event("TypeError", e)
del h
event("after del")
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: "Node" = None
root = Node("root"); kid = Node("kid", parent=root); root.children.append(kid)
event(root.name, kid.parent.name, Node.__init__.__qualname__ if False else "", Point.__match_args__ if hasattr(Point, '__match_args__') else None)
del root, kid
gc.collect()
event("end")
