x = 3.14159
n = 1234567
s = "ab"
event(f"{x:.2f}|{x:8.3f}|{x:<8.1f}|{x:^9.2f}|{x:+.1e}|{x:.3g}|{x:g}|{x:%}|{x:.0f}")
event(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{n:x}|{n:#X}|{n:#b}|{n:o}|{-n:+}|{n: }")
event(f"{s:>5}|{s:<5}|{s:^6}|{s:*^7}|{s:.1}|{s!r:>6}|{s!s}")
event(format(0.5, ".1%"), format(255, "#x"), format(2.5e-7, "g"), format(1e16, "g"), format(123.456, "e"))
event(f"{True}|{None}|{[1, 2]}|{7:3}|{-0.0:.1f}|{1e100:.2g}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
event(f"{P():xyz}", format(P(), "q"))
