# Alternate constructors as classmethods, validators as staticmethods, metadata copied by functools.wraps
import functools
import gc

def audited(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        event("call", func.__qualname__)
        return func(*args, **kwargs)
    return wrapper

class Temperature:
    instances = 0

    def __init__(self, kelvin):
        self.kelvin = self.check(kelvin)
        Temperature.instances += 1

    @staticmethod
    def check(value):
        if value < 0:
            raise ValueError(f"below absolute zero: {value}")
        return value

    @classmethod
    @audited
    def from_celsius(cls, c):
        return cls(c + 273.15)

    @classmethod
    def from_fahrenheit(cls, f):
        return cls.from_celsius((f - 32) * 5 / 9)

    def __repr__(self):
        return f"{type(self).__name__}({self.kelvin:.2f}K)"

    def __del__(self):
        event("temperature dropped", repr(self))


class Reading(Temperature):
    pass


raw = Temperature.__dict__["from_celsius"]
event("descriptor", type(raw).__name__, raw.__func__.__name__, isinstance(raw, classmethod))
event("wrapped", raw.__func__.__wrapped__.__qualname__, Temperature.from_celsius.__name__)
t = Reading.from_fahrenheit(212)
event("made", t, type(t).__name__, Temperature.instances)
try:
    Temperature.from_celsius(-300)
except ValueError as exc:
    event("rejected", exc)
check = Temperature.__dict__["check"]
event("static", type(check).__name__, check.__func__ is Temperature.check, isinstance(check, staticmethod))
readings = [Reading(k) for k in (1, 2)]
event("readings", readings)
readings.append(readings)
del readings
gc.collect()
event("after collect")
del t
event("end")
