# Canonical instances via __eq__/__hash__: a dict interns equal keys, sets keep the first equal object
class Symbol:
    def __init__(self, name, tag):
        self.name, self.tag = name, tag
    def __eq__(self, other):
        if not isinstance(other, Symbol):
            return NotImplemented
        return self.name == other.name
    def __hash__(self):
        return sum(map(ord, self.name))
    def __repr__(self):
        return f"{self.name}#{self.tag}"
    def __del__(self):
        event("del", repr(self))

table = {}
def intern(sym):
    return table.setdefault(sym, sym)

a1 = intern(Symbol("a", 1))
a2 = intern(Symbol("a", 2))
event("interned", a1 is a2, a2)
b = intern(Symbol("b", 1))
s = {Symbol("a", 3), Symbol("b", 4), Symbol("a", 5)}
event("set keeps first", sorted(s, key=repr))
event("ops", sorted(s & {Symbol("b", 6)}, key=repr), Symbol("a", 7) in s, Symbol("c", 8) != Symbol("c", 9))
merged = {**{Symbol("k", 1): "one"}, **{Symbol("k", 2): "two"}}
event("merged", merged)
del merged
counts = {}
for sym in [Symbol("x", 1), Symbol("x", 2), Symbol("y", 1)]:
    counts[sym] = counts.get(sym, 0) + 1
event("counts", counts)
del sym
s.clear()
event("set cleared")
table.clear()
event("table cleared")
del a1, a2, b, counts
event("end")
