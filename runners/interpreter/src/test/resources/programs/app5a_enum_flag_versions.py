# Feature toggles with Flag/IntFlag/StrEnum: reprs, iteration over combined flags, _generate_next_value_, _ignore_
import enum
import sys
from enum import Enum, Flag, IntFlag, auto

class Feature(Flag):
    SEARCH = auto()
    EXPORT = auto()
    SHARE = auto()
    ADMIN = SEARCH | EXPORT | SHARE

combo = Feature.SEARCH | Feature.SHARE
event("repr", repr(combo), str(Feature.EXPORT), repr(Feature.ADMIN))
try:
    event("iterate", [f.name for f in combo])
except TypeError as e:
    event("not iterable", type(e).__name__)
event("members", list(Feature.__members__), len(Feature))
event("negate", (~Feature.SEARCH) & Feature.ADMIN == Feature.EXPORT | Feature.SHARE)

class Bits(IntFlag):
    A = 1
    B = 2
event("intflag", Bits.A | Bits.B, Bits(3) == 3, Bits.A | 8 == 9)

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    NORTH = auto()
    SOUTH = auto()
event("generated", [m.value for m in Lower])

class Weekday(Enum):
    _ignore_ = ["i"]
    MON = 1
    TUE = 2
event("ignore", [d.name for d in Weekday], hasattr(Weekday, "i"))

if sys.version_info >= (3, 11):
    class Color(enum.StrEnum):
        RED = auto()
        BLUE = auto()
    event("strenum", Color.RED, Color.RED == "red", f"{Color.BLUE}")
else:
    class Color(str, Enum):
        RED = "red"
        BLUE = "blue"
    event("strenum", Color.RED.value, Color.RED == "red", Color.BLUE.value)

class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2
    def __str__(self):
        return self.name.title()
event("format", f"{Shape.CIRCLE}", format(Shape.SQUARE), str(Shape.CIRCLE), repr(Shape.SQUARE))
cache = {s: [s.name] * s.value for s in Shape}
event("dict", cache[Shape.SQUARE], Shape.CIRCLE in cache, Shape(2) is Shape.SQUARE)
try:
    Shape.CIRCLE = 3
except AttributeError as e:
    event("reassign", type(e).__name__)
event("end")
