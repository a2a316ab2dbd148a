from typing import Optional, List, Dict, Tuple, Callable, Any, TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, TYPE_CHECKING, overload, final, ClassVar, Union, get_type_hints, Iterator
import typing
T = TypeVar('T')
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): event("del", self.n)
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(Res(1)); s.push(Res(2))
event(type(s).__name__, s.__orig_class__, Stack.__mro__, repr(T), Optional[int], List[int], Dict[str, int], Union[int, str])
s.pop()
event("popped")
class P(NamedTuple):
    x: int
    y: int = 0
p = P(1)
event(p, p.x, p.y, p[0], list(p), p._asdict(), p._replace(y=5), P._fields, p == (1, 0), len(p))
a, b = P(3, 4)
event(a, b)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1)
event(type(m), m)
class Greeter(Protocol):
    def greet(self) -> str: ...
event(cast(int, "3"), TYPE_CHECKING, Any)
class Conf:
    name: str
    size: Optional[int] = None
    tags: ClassVar[int] = 0
event(get_type_hints(Conf))
def f(x: "Res") -> Iterator[int]:
    yield x
event(list(get_type_hints(f)))
del s
event("end")
