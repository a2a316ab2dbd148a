event(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10)
event(2 ** 100, -(2 ** 70) // 3, (2 ** 64) % 1000, 10 ** 20 - 1)
event(1.5 + 2, 0.1 + 0.2, 1e20, 1e-5, 3.0, -2.5 * 2, 7.5 // 2, 1 / 3)
event(1 << 10, 1024 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5, -(-3), +4)
event(True + 1, True and 3, 0 or "x", not 0, None is None, 1 is not None)
event(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" < "b", [1, 2] == [1, 2], (1, 2) < (1, 3))
event("ab" + "cd", "x" * 3, "a%sb%dc" % ("-", 5), "%r" % "q", "{} and {}".format(1, "two"))
event('single', "double", """triple""", 'it''s', "tab\there", r"raw\n")
x = 5
event(f"x={x} y={x * 2} r={'s'!r}", f"{{literal}}")
event(0x1F, 0o17, 0b101, 1_000_000)
event(int("42"), int(3.9), float("1.5"), str(12), bool([]), bool([0]), repr("a'b"))
event(len("hello"), len([1, 2, 3]), len({"a": 1}), len((1,)))
a = 200
b = 100 + 100
c = 1000
d = 999 + 1
event("small int cache", a is b, c is d, "" is str(), () is tuple(), "abc"[0] is "a")
