# pairwise (3.10+; from 3.13 it hands out its kept result tuple again) and batched (3.12+) as each version has them.
import itertools, sys
class R:
    def __init__(self, n): self.n = n
    def __del__(self): event("del", self.n)
def src(tag, k):
    for i in range(k):
        yield R(tag + str(i))
    event("exhausted", tag)
if hasattr(itertools, "pairwise"):
    pw = itertools.pairwise(src("p", 3))
    for a, b in pw:
        event("pair", a.n, b.n)
        del a, b
    event("pairwise done")
    del pw
    pw = itertools.pairwise(src("q", 3))
    a, b = next(pw)
    del a, b
    event("one pair taken")
    del pw
    event("pairwise gone")
if hasattr(itertools, "batched"):
    for batch in itertools.batched(src("b", 5), 2):
        event("batch", [r.n for r in batch])
        del batch
    event("batched done")
event("end")
