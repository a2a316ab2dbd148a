# includes: named.py
# Reading records in batches with assignment expressions in while loops and comprehensions
import gc
import weakref

class Record(Named):
    died = "record freed"

class Source:
    def __init__(self, rows):
        self.rows = list(rows)
        self.pos = 0
    def read(self, n):
        chunk = self.rows[self.pos:self.pos + n]
        self.pos += n
        return [Record(k, size=s) for k, s in chunk]
    def __del__(self):
        event("source closed at", self.pos)

src = Source([("a", 3), ("b", 12), ("c", 7), ("d", 20), ("e", 1)])
total = 0
while (batch := src.read(2)):
    event("batch", [r.name for r in batch])
    total += sum(r.size for r in batch)
event("total", total, "last batch", batch)
del src

def weight(r):
    event("weighing", r.name)
    return r.size * 2

records = [Record(k, size=s) for k, s in [("x", 4), ("y", 9), ("z", 15)]]
heavy = [(r.name, w) for r in records if (w := weight(r)) > 10]
event("heavy", heavy, "w leaked", w)
first_big = next((r for r in records if r.size > 8), None)
event("first big", first_big.name)
probe = weakref.ref(records[0], lambda ref: event("x collected"))
records.pop(0)
event("popped x")
if any((hit := r).size > 10 for r in records):
    event("hit", hit.name)
del records, first_big
event("records dropped, hit keeps", hit.name)
del hit
counts = {}
line_no = 0
for line in ["ok", "", "fail", "ok"]:
    if (n := len(line)) == 0:
        continue
    line_no += 1
    counts[line] = counts.get(line, 0) + n
event("counts", sorted(counts.items()), line_no, n)
gc.collect()
event("end")
