# A lazy sequence with only __len__ and __getitem__: iteration, reversed, `in`, slicing and unpacking
class Row:
    made = 0
    def __init__(self, i):
        self.i = i
        Row.made += 1
    def __repr__(self):
        return "row%d" % self.i
    def __eq__(self, other):
        return isinstance(other, Row) and other.i == self.i
    def __del__(self):
        event("del row", self.i)

class Table:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.n))]
        if index < 0:
            index += self.n
        if not 0 <= index < self.n:
            raise IndexError("table index out of range")
        return Row(index)

t = Table(3)
for row in t:
    event("iter", row)
event("after loop, row kept", row)
del row
event("reversed", list(reversed(t)))
event("contains", Row(1) in t, Row(7) in t)
first, *rest = t
event("unpack", first, rest)
del first, rest
event("slice", t[::2], t[-1])
it = iter(t)
event("iterator", next(it))
del it
event("end", Row.made)
