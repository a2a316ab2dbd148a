# includes: named.py
# Formatting corner cases: nested specs, conversions, __format__ hooks, '=' debug specifiers and escapes
class Money(Named):
    died = "money freed"
    def __format__(self, spec):
        event("format called", repr(spec))
        if spec.endswith("c"):
            return "%d cents" % self.name
        return format(self.name / 100, spec or ".2f")
    def __repr__(self):
        return "Money(%d)" % self.name

width, prec = 10, 3
event("nested", "[{:{w}.{p}f}]".format(3.14159, w=width, p=prec), f"[{2.5:>{width}}]")
m = Money(1234)
event("hook", f"{m}", f"{m:>10.1f}", "{0:c}".format(m))
event("conversions", f"{m!r:>14}", "{!s:.5}".format("abcdefgh"), f"{'é'!a}")
total = 12.5
event("debug", f"{total=}", f"{total = :.1f}", f"{m=}")
event("escapes", "{{}} {0}".format(1), f"{{{width}}}", "%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25})
event("numbers", f"{1234567:,}", f"{0.25:%}", f"{255:#x}", f"{255:08b}", f"{-3:+d}", format(1e21, "g"))
event("align", f"{'ab':*^7}", "{:<4}|".format("x"), f"{3:=+5}")
row = {"name": "kit", "tags": ["a", "b"]}
event("fields", "{0[name]} has {0[tags][1]}".format(row), "{.name}".format(m))
del m
event("end")
