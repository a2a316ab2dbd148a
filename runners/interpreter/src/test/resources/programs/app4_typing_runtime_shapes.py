# includes: named.py
# Typing at run time: Generic containers, runtime_checkable Protocol, NamedTuple defaults, TypedDict as a dict
from typing import Generic, NamedTuple, Optional, Protocol, TypedDict, TypeVar, runtime_checkable

T = TypeVar("T")

class Item(Named):
    died = "item freed"
    def close(self):
        event("close item", self.name)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

class Movie(TypedDict, total=False):
    title: str
    year: int

s = Stack[Item]()
s.push(Item(1))
s.push(Item(2))
event("generic", type(s).__name__, s.__orig_class__ == Stack[Item], Stack.__parameters__)
top = s.pop()
event("protocol", isinstance(top, Closable), isinstance(42, Closable))
top.close()
del top
p = Point(3)
event("namedtuple", p, p._replace(y=-4).norm1(), Point._fields, Point._field_defaults)
m: Movie = {"title": "Up"}
event("typeddict", type(m).__name__, Movie.__total__, sorted(Movie.__annotations__))
event("hints", Stack.push.__annotations__["x"] is T, Point.__annotations__)
s = None
event("end")
