# includes: named.py
# Text utilities over str's rarer methods, int(s, base) parsing, operator.indexOf and the reprs of
# itertools.count/repeat, with a generator pipeline closed early and weakref callbacks (issue 18, g3).
import itertools
import operator
import weakref

class Token(Named):
    died = "del token"

def tokens(lines):
    try:
        for line in lines:
            for part in line.expandtabs(4).split():
                yield Token(part)
    finally:
        event("tokens closed")

src = ["Straße\tMAIN", "hello world\tx", "tail"]
gen = tokens(src)
first = next(gen)
event("first", first.name, first.name.casefold(), first.name.swapcase(), first.name.title())
gen.close()
event("expand", "a\tbc\td".expandtabs(4), "42".zfill(5), "-42".zfill(6), "ab".center(7, "*"), "ab".ljust(5, "-") + "|")
table = str.maketrans({"a": "4", "e": "3", "o": None})
event("translate", "hello areas".translate(table), "abc".translate(str.maketrans("ab", "xy")))
event("partition", "k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="))
event("lines", "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True), "x".isidentifier(), "1x".isidentifier(), "a\n".isprintable())
for text, base in [("0x1f", 16), ("0x1f", 0), ("1_000", 10), ("0b101", 0), ("0o17", 8), ("z", 36), ("  -0x10 ", 0), ("12", 2), ("010", 0), ("1__0", 10)]:
    try:
        event("int", repr(text), base, int(text, base))
    except ValueError as e:
        event("ValueError", e)
names = ["alpha", "beta", "gamma"]
event("indexOf", operator.indexOf(names, "beta"), operator.countOf(names, "beta"))
try:
    operator.indexOf(names, "delta")
except ValueError as e:
    event("ValueError", e)
ids = itertools.count(100, 5)
event("count", repr(ids), next(ids), repr(ids), repr(itertools.count()), repr(itertools.count(1.5)))
rep = itertools.repeat(first.name, 2)
event("repeat", repr(rep), next(rep), repr(rep), repr(itertools.repeat(None)))
ref = weakref.ref(first, lambda r: event("callback first"))
del first
event("first alive", ref() is not None)
del rep
event("end", ref() is None)
