# A measurement report that prints floats the way repr/str/format do (shortest repr, subnormals,
# rounding, floor division and modulo signs), with readings collected and released (issue 18, g3).
import math
import weakref

class Reading:
    count = 0
    def __init__(self, value):
        self.value = value
        Reading.count += 1
    def __del__(self):
        event("del reading", repr(self.value))

values = [0.1 + 0.2, 1e16, 1e-5, 1e22, 5e-324, 2.0 ** 53 + 1.0, -0.0, 2 / 3, 10 ** 20 / 3, 1 / 7, 123456789.123456789]
readings = [Reading(v) for v in values]
event("reprs", [repr(r.value) for r in readings])
event("strs", [str(r.value) for r in readings[:4]], "%s %r %.3g" % (1e22, 0.1, 2.0 / 3))
event("formats", format(5e-324, "g"), f"{1e16:.3g}", f"{0.1:.20f}", f"{1234.5:e}", f"{2.5:.0f}", f"{3.5:.0f}", f"{1234567.0:,}")
event("round", round(2.675, 2), round(1234.5678, -2), round(0.5), round(1.5), round(-2.5), round(7, -1))
event("divmod", divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2), -4.0 % 2, 4.0 % -2, float("inf") // 1 != float("inf") // 1)
event("hex", (0.5).hex(), (3.0).hex(), float.fromhex("0x1.8p1"), (0.75).as_integer_ratio(), (10).as_integer_ratio(), (3.0).is_integer())
event("next", math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(1e300), math.nextafter(0.0, -1.0))
for expr, f in [("1/0", lambda: 1 / 0), ("1.5//0", lambda: 1.5 // 0), ("1.5%0", lambda: 1.5 % 0), ("7%0", lambda: 7 % 0),
                ("divmod(1.5,0)", lambda: divmod(1.5, 0)), ("divmod(3,0)", lambda: divmod(3, 0)), ("0.0**-1", lambda: 0.0 ** -1),
                ("10.0**400", lambda: 10.0 ** 400), ("big/0", lambda: 10 ** 30 % 0)]:
    try:
        f()
    except (ZeroDivisionError, OverflowError) as e:
        event(expr, type(e).__name__, e)
w = weakref.ref(readings[4])
smallest = min(readings, key=lambda r: abs(r.value) if r.value else 1.0)
event("smallest", repr(smallest.value), Reading.count)
del readings
event("after del", w() is not None)
del smallest
event("end", w() is None)
