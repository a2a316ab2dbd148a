# itertools.tee buffers items until every branch has seen them: a lagging branch keeps them alive
import itertools

class Row:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("row freed", self.n)

def rows():
    for i in range(4):
        event("produce", i)
        yield Row(i)

fast, slow = itertools.tee(rows())
for r in itertools.islice(fast, 3):
    event("fast", r.n)
del r
event("fast read 3")
event("slow", next(slow).n)
event("slow", next(slow).n)
del fast
event("fast dropped")
for r in slow:
    event("slow", r.n)
del r
event("slow done")
a, b, c = itertools.tee([1, 2, 3], 3)
event("three", list(a), list(zip(b, c)))
x, = itertools.tee(rows(), 1)
y, z = itertools.tee(x)
event("tee of tee", next(y).n, next(z).n)
del x, y, z
event("end")
