# includes: named.py
# itertools.tee buffers items until every branch has seen them: a lagging branch keeps them alive
import itertools

class Row(Named):
    died = "row freed"

def rows():
    for i in range(4):
        event("produce", i)
        yield Row(i)

fast, slow = itertools.tee(rows())
for r in itertools.islice(fast, 3):
    event("fast", r.name)
del r
event("fast read 3")
event("slow", next(slow).name)
event("slow", next(slow).name)
del fast
event("fast dropped")
for r in slow:
    event("slow", r.name)
del r
event("slow done")
a, b, c = itertools.tee([1, 2, 3], 3)
event("three", list(a), list(zip(b, c)))
x, = itertools.tee(rows(), 1)
y, z = itertools.tee(x)
event("tee of tee", next(y).name, next(z).name)
del x, y, z
event("end")
