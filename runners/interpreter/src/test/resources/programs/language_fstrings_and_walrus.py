# includes: named.py
# Issue 18 (the language): f-strings with nested format specs, = fields and conversions; ascii(); :=.
class Tok(Named):
    died = "tok gone"
    def __format__(self, spec):
        return "Tok(" + self.name + ":" + spec + ")"
    def __repr__(self):
        return "Tok<" + self.name + ">"
def width():
    event("width evaluated")
    return 8
x = 3.14159
name = "é€"
event(f"{x:{width()}.{2}f}|{x=}|{x = :.1f}|{name!a}|{name=!s}|{name!r:>6}")
event(f"{Tok('a')}", f"{Tok('b'):{'spec'}}", f"{Tok('c')=}")
event(ascii(name), ascii(["ü", 1]))
def drain(items):
    out = []
    while (item := items.pop() if items else None) is not None:
        out.append(item.name)
    return out
event(drain([Tok("d"), Tok("e")]))
if (n := len(name)) > 1:
    event("n", n)
event((t := Tok("f")).name, t.name)
del t
event("end")
