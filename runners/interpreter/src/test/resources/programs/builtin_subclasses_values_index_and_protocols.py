from __future__ import annotations
# Values of int/float/str subclasses, list-subclass iterators, __index__, postponed annotations,
# runtime_checkable Protocols, typing.NamedTuple and OSError's errno members (issue 18, l8).
class Money(int):
    def __del__(self):
        event("del money", int(self))
m = Money(5)
event(m + 1, m * 2, 1 + m, m < 7, m == 5, hash(m) == hash(5), int(m), str(m), f"{m:>4}", format(m, "03d"), repr(m), -m, abs(m), m // 2, m % 3, m ** 2, divmod(m, 2), bool(m), float(m))
event(type(m + 1).__name__, isinstance(m, int), [0,1,2,3,4,5,6][m], range(m), hex(m))
class Price(float):
    pass
p = Price(2.5)
event(p + 1, p * 2, round(p), f"{p:.2f}", p > 2, str(p), repr(p), p.is_integer(), int(p))
class Tag(str):
    def __del__(self):
        event("del tag", str(self))
t = Tag("abc")
event(t.upper(), t + "x", "x" + t, "%s!" % t, "b" in t, t[1:], t[0], ",".join([t, t]), len(t), t == "abc", hash(t) == hash("abc"), type(t.upper()).__name__, f"{t:>5}", t.startswith("a"), t.split("b"), str(t), repr(t), "<%s>" % (t,), t * 2, {t: 1}["abc"])
del m, t
import gc, weakref
class Stack(list):
    def __del__(self):
        event("del stack")
class Item:
    def __init__(self, n): self.n = n
    def __del__(self): event("del item", self.n)
s = Stack([Item(1), Item(2)])
it = iter(s)
event(next(it).n)
del s
event("after del s")
del it
event("after del it")
class Reg(dict):
    pass
r = Reg(a=Item(3))
ki = iter(r.values())
del r
event("after del r")
del ki
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
i = Idx(2)
event([10, 20, 30][i], "abc"[i], (1,2,3)[Idx(0):i], list(range(i)), hex(i), bin(i), oct(i), [1,2,3,4][:Idx(1)], int(i))
import operator
event(operator.index(i), "ab" * Idx(2), [0] * i)
from typing import Protocol, runtime_checkable, NamedTuple
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Sized2(Protocol):
    size: int
class File:
    def close(self): event("closed")
class Other: pass
class Impl(Closable):
    pass
event(isinstance(File(), Closable), isinstance(Other(), Closable), isinstance(Impl(), Closable), issubclass(File, Closable))
try:
    isinstance(File(), Sized2)
except TypeError as e:
    event(e)
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return self.x + self.y
p = P(1)
event(p, isinstance(p, tuple), p.x, p[1], len(p), p.norm(), p._replace(y=5), P._fields, p == (1, 0), type(p).__name__)
x, y = p
event(x, y, P._field_defaults, p._asdict())
e = FileNotFoundError(2, "No such file", "a.txt")
event(e.errno, e.strerror, e.filename, str(e), e.args)
e2 = OSError(13, "Permission denied")
event(type(e2).__name__, e2.errno, str(e2))
e3 = OSError("plain")
event(e3.errno, e3.strerror, str(e3))
e4 = OSError(2, "x")
event(type(e4).__name__, isinstance(e4, FileNotFoundError))
try:
    raise ConnectionRefusedError(111, "refused")
except ConnectionError as ex:
    event(type(ex).__name__, ex.errno, ex.strerror)
import typing
from typing import Optional, Callable
class Point:
    x: int
    y: list[int] = []
    z: Optional["Point"] = None
    w: dict[str, int | None]
    cb: Callable[[int, str], None]
    q: typing.List[int]
    def move(self, dx: int, *args: str, k: float = 1.0, **kw: object) -> Point:
        return self
event(Point.__annotations__, Point.move.__annotations__)
def f(a: undefined_name) -> None: pass
event(f.__annotations__)
import __future__
event(__future__.annotations.compiler_flag)
event("end")
