# includes: named.py
# Comprehension scopes: the outermost iterable evaluated first, loop variables not leaking, iterator lifetimes
import gc
import weakref

class Sheet(Named):
    died = "sheet freed"
    def __iter__(self):
        event("iter", self.name)
        return SheetIter(self)

class SheetIter:
    def __init__(self, sheet):
        self.sheet = sheet
        self.i = 0
    def __next__(self):
        if self.i >= len(self.sheet.rows):
            raise StopIteration
        self.i += 1
        return self.sheet.rows[self.i - 1]
    def __del__(self):
        event("iterator freed", self.sheet.name, self.i)

row = "outer row"
cells = [c for row in Sheet("a", rows=[[1, 2], [3]]) for c in row if c != 2]
event("cells", cells, "row still", row)
grid = {r[0]: [x * 10 for x in r] for r in Sheet("b", rows=[[1, 2], [5, 6]])}
event("grid", grid)
flags = {n % 3 for n in range(10) if n}
event("flags", sorted(flags))
gen = (x * x for x in Sheet("c", rows=[1, 2, 3]))
event("generator made")
event("first", next(gen))
del gen
event("generator dropped")
event("sum", sum(x for x in Sheet("d", rows=[4, 5])))
event("max", max((len(w), w) for w in ["pear", "fig", "banana"]))
sheet = Sheet("e", rows=[[1], [2, 3], []])
probe = weakref.ref(sheet, lambda r: event("sheet e collected"))
lengths = [len(r) for r in sheet.rows]
matrix = [[i * j for j in range(3)] for i in range(1, 3)]
event("lengths", lengths, matrix)
found = any(len(r) == 0 for r in sheet)
event("found empty", found)
del sheet
event("sheet e dropped")

class Table:
    factor = 3
    scaled = [n * 2 for n in range(factor)]
    try:
        nested = [[factor for _ in range(1)] for _ in range(1)]
    except NameError as e:
        event("class scope", type(e).__name__)

event("table", Table.scaled)
gc.collect()
event("end")
