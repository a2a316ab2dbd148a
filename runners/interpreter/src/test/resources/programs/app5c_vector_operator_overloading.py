# A vector/matrix library: reflected operators, in-place fallback, NotImplemented chains, @, unary ops, __index__
import functools
import gc

class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __repr__(self):
        return f"Vec{self.xs}"
    def __del__(self):
        event("vec freed", self.xs)
    def __add__(self, other):
        if not isinstance(other, Vec):
            event("add: not a Vec", type(other).__name__)
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.xs))
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))
    def __neg__(self):
        return self * -1
    def __invert__(self):
        return Vec(*reversed(self.xs))
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5

class Scaled(Vec):
    def __rmul__(self, k):
        event("subclass rmul first")
        return Scaled(*(a * k * 10 for a in self.xs))

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        event("index", self.n)
        return self.n

acc = Vec(1, 2)
keep = acc
acc += Vec(10, 20)
event("in-place fallback made new", acc, acc is keep)
del keep
event("dot", Vec(1, 2) @ Vec(3, 4), "neg", -Vec(1, -1), "inv", ~Vec(1, 2, 3))
event("scalar", 2 * Vec(1, 1), "abs", abs(Vec(3, 4)))
event("sum", sum([Vec(1, 0), Vec(0, 1)]))
try:
    Vec(1) + "x"
except TypeError as e:
    event("type error", e)
event("subclass", Vec(1) * 3, Scaled(1) * 3)
event("index use", [10, 20, 30][Idx(2)], "ab" * Idx(2), bin(Idx(5)), range(Idx(3))[-1])

@functools.total_ordering
class Version:
    __hash__ = None
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __del__(self):
        event("version freed", self.parts)

vs = [Version(1, 2), Version(1, 10), Version(0, 9)]
event("sorted", [v.parts for v in sorted(vs)], max(vs).parts)
event("le ge", Version(1) <= Version(1), Version(2) >= Version(3), Version(1) != Version(1))
try:
    {Version(0)}
except TypeError as e:
    event("unhashable", e)
del vs, acc
gc.collect()
event("end")
