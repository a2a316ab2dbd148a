import enum, gc
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def default(cls):
        return cls.GREEN
event(Color.RED, repr(Color.RED), Color(1) is Color.RED, Color['BLUE'], Color.CRIMSON is Color.RED)
event(list(Color), len(Color), Color.RED in Color, Color.BLUE.describe(), Color.default())
event(Color.RED.name, Color.RED.value, type(Color.RED) is Color, isinstance(Color.RED, Color), Color)
event(list(Color.__members__), f"{Color.GREEN}", {Color.RED: 'r'}[Color.RED])
try:
    Color(7)
except ValueError as e:
    event("ValueError", e)
class Status(Enum):
    ACTIVE = auto()
    DONE = auto()
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
event(Status.ACTIVE.value, Status.DONE.value, Status('done'))
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
event(Pri.HIGH > Pri.LOW, Pri.LOW == 1, int(Pri.HIGH), sorted([Pri.HIGH, Pri.LOW]), str(Pri.LOW), f"{Pri.HIGH}")
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
event(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value, [m.value for m in Perm])
class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, "ex")
    Y = (2, "why")
event(Coord(2).label, Coord.X.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    event("unique", e)
Animal = Enum('Animal', 'ANT BEE CAT')
event(list(Animal), Animal.BEE.value)
class Res(Enum):
    A = 1
    def __del__(self):
        event("del member", self._name_)
import weakref
r = weakref.ref(Res, lambda r: event("class gone"))
del Res
gc.collect()
event("end")
