# Comparison and arithmetic dunders of built-in types called directly, NotImplemented fallbacks and
# super() into object's slots, with instances whose lifetimes are observed (issue 18, g3).
import weakref

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return super().__eq__(other)
        return int.__eq__(self.cents, other.cents)
    def __lt__(self, other):
        if isinstance(other, Money):
            return (self.cents).__lt__(other.cents)
        return NotImplemented
    __hash__ = None
    def __add__(self, other):
        total = int.__add__(self.cents, getattr(other, "cents", other))
        if total is NotImplemented:
            return NotImplemented
        return Money(total)
    __radd__ = __add__
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __del__(self):
        event("del", repr(self))

a, b = Money(150), Money(275)
event("eq", a == Money(150), a != b, a == 150, a.__eq__("x"), object.__eq__(a, a))
event("lt", a < b, a.__lt__(3.5), Money.__hash__)
try:
    a < 3.5
except TypeError as e:
    event("TypeError", e)
total = sum([a, b], Money(0))
event("sum", total)
event("float add", int.__add__(150, 2.5), float.__add__(1.5, 150), (5).__radd__(3), (7).__rsub__(10))
event("reflected", (2).__mul__("ab"), "ab".__mul__(3), [0].__mul__(2), (3).__rpow__(2), (7).__divmod__(2))
r = weakref.ref(total)
del total
event("total gone", r() is None)

class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, value)
    def __add__(self, other):
        return Celsius(float.__add__(self, other))
    def __del__(self):
        event("del celsius", float.__repr__(self))

t = Celsius(20.5) + 1.25
event("celsius", type(t).__name__, t.__round__(), t.__trunc__(), t.__floor__(), t.__ceil__(), float.__format__(t, ".1f"))
try:
    int.__add__("x", 1)
except TypeError as e:
    event("TypeError", e)
try:
    (7).__floordiv__(0)
except ZeroDivisionError as e:
    event("ZeroDivisionError", e)
nums = [3, 1, 2]
alias = nums
nums *= 2
event("imul", alias, alias is nums, list.__len__(nums), [1, 2].__eq__((1, 2)), {1: 2}.__lt__({}))
del t, a, b
event("end")
