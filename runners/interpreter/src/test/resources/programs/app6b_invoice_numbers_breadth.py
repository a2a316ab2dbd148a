# Invoice totals with the numeric and text built-ins people reach for; each Invoice reports when it is dropped
# from the ledger, and a failed line keeps its Invoice alive only while the error is being handled.
# includes: res.py
import math


class Invoice(Res):
    pass


def fmt_money(value):
    return f"{value:>12,.2f}|{value:_.1f}|{value:.3e}|{value:g}"


ledger = {}
for number, amounts in [(1001, [19.99, 5.01, 0.1]), (1002, [1e6, 2.5e5]), (1003, [3, 4])]:
    inv = Invoice(str(number))
    total = math.fsum(amounts)
    ledger[number] = (inv, total)
    event("invoice", number, fmt_money(total), f"{number:#x}", f"{number:08b}"[-6:], f"{0.257:.1%}")

event("hypot", math.hypot(3, 4), "dist", math.dist((1, 1), (4, 5)), math.isclose(0.1 + 0.2, 0.3))
event("sqrt", math.sqrt(2.25), math.factorial(6), math.comb(6, 2), math.gcd(84, 36), math.floor(-2.5))
event("int", (1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (255).bit_length(),
      (7).as_integer_ratio(), (0.75).as_integer_ratio())
event("float", (2.5).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer(), (3.5).is_integer())
event("center", f"{'total':*^11}", f"{'x':<4}|", f"{42:+05d}", "{:{w}.{p}f}".format(math.pi, w=9, p=3))

label = "  Invoice\tNo.\t1001  "
event("text", label.expandtabs(4), label.strip().partition("\t"), "line1\nline2\r\n".splitlines(True))
event("more", "ÄRGER".casefold(), "42".zfill(6), "inv-1001".removeprefix("inv-"), "a.b.c".rpartition("."))
table = str.maketrans({"-": "_", " ": None})
event("translate", "due - date".translate(table), "abc".translate(str.maketrans("ab", "xy")))

data = bytearray(b"hello world")
data[0:5] = b"HELLO"
event("bytes", bytes(data), data.find(b"o"), b"a,b,,c".split(b","), b"abc".hex(), bytes.fromhex("61 62"))

defaults = {"currency": "EUR", "round": 2}
overrides = {"round": 0, "notes": None}
merged = defaults | overrides
defaults |= {"tax": 0.2}
event("dicts", merged, sorted(defaults), sorted(defaults.keys() & overrides.keys()),
      sorted(defaults.keys() - overrides.keys()))
event("pick", max(ledger, key=lambda n: ledger[n][1]), min([], default="none"),
      sorted(ledger.items(), key=lambda kv: -kv[1][1])[0][0])

del ledger[1002]
event("dropped 1002")
for number in list(ledger):
    inv, total = ledger.pop(number)
    del inv
    event("popped", number)
event("done")
