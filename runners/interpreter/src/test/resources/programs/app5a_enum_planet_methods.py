# Planet catalogue with rich enums: tuple values and __init__, _missing_, properties, Flag iteration, classmethods
import gc
import weakref
from enum import Enum, IntFlag, Flag, auto

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

event("planets", [(p.name, p.gravity) for p in Planet], Planet.heaviest().name)
event("value", Planet.EARTH.value[1], Planet((3.303e+23, 2.4397e6)).name)

class Level(Enum):
    DEBUG = 10
    INFO = 20
    @classmethod
    def _missing_(cls, value):
        event("missing hook", value)
        if isinstance(value, str):
            return cls[value.upper()]
        return None

event("missing", Level("info"), Level(10))
try:
    Level(99)
except ValueError as e:
    event("error", str(e), type(e.__context__).__name__)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
event("intflag", int(m), m & 4, Mode(6) == m, isinstance(m, int), Mode.EXEC in m)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
white = Color.RED | Color.GREEN | Color.BLUE
event("names", [c.name for c in Color], (Color.RED | Color.BLUE).value, Color.GREEN in white)

class Task:
    def __init__(self, level):
        self.level = level
    def __del__(self):
        event("task freed", self.level.name)

class Prio(Enum):
    LOW = 1
    HIGH = 2
    def make(self):
        return Task(self)

tasks = [p.make() for p in Prio]
wp = weakref.ref(Prio, lambda r: event("Prio class collected"))
event("tasks", [t.level.name for t in tasks], Prio.HIGH.__class__ is Prio)
del tasks
event("tasks dropped")
del Prio
gc.collect()
event("Prio gone", wp() is None)
event("end")
