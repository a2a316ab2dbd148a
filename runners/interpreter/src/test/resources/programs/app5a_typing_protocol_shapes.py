# Shape toolkit with typing at run time: Protocol + runtime_checkable, Generic, NamedTuple, TypedDict, cast
import gc
import weakref
from typing import (Protocol, runtime_checkable, Generic, TypeVar, NamedTuple, TypedDict, Optional,
                    cast, get_type_hints, overload, List)

T = TypeVar("T")

@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...

class Point(NamedTuple):
    x: int
    y: int = 0
    def shifted(self, dx: int) -> "Point":
        return self._replace(x=self.x + dx)

class Options(TypedDict, total=False):
    color: str
    width: int

class Square:
    def __init__(self, side: float):
        self.side = side
    def area(self) -> float:
        return self.side ** 2
    def __del__(self):
        event("square freed", self.side)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

@overload
def scale(v: int) -> int: ...
@overload
def scale(v: float) -> float: ...
def scale(v):
    return v * 2

sq = Square(3)
event("protocol", isinstance(sq, HasArea), isinstance(Point(1), HasArea), sq.area())
p = Point(1).shifted(4)
event("namedtuple", p, p._asdict(), Point._fields, Point._field_defaults)
opts: Options = {"color": "red"}
event("typeddict", opts, type(opts).__name__, sorted(Options.__annotations__))
box = Box[Square](sq)
event("generic", type(box).__name__, box.get() is sq, Box[int].__origin__ is Box)
hints = get_type_hints(Square.area)
event("hints", hints, get_type_hints(Box.get)["return"] is T)
n = cast(int, "not really")
event("cast", n, scale(3), scale(1.5))
ws = weakref.ref(sq, lambda r: event("square weakref cleared"))
del sq
event("sq name dropped")
box = None
event("box dropped", ws() is None)
items: List[Optional[Square]] = [Square(i) for i in range(2)]
event("list", [s.area() for s in items if s is not None])
items.pop(0)
event("end")
