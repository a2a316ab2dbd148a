# heapq (C _heapq) and bisect (C _bisect): the list holds the items; heappop hands out the smallest, and what is
# popped dies when the caller drops it; keys are computed per probe and dropped at once.
import bisect
import heapq


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __del__(self):
        event("del", self.name)


jobs = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (5, "e"), (4, "d")]:
    heapq.heappush(jobs, Job(prio, name))
event("pushed", [j.name for j in jobs])
while jobs:
    job = heapq.heappop(jobs)
    event("run", job.name)
    del job
event("drained")

h = [Job(5, "x"), Job(1, "y"), Job(3, "z")]
heapq.heapify(h)
event("heapified", [j.name for j in h])
old = heapq.heapreplace(h, Job(0, "w"))
event("replaced", old.name)
del old
out = heapq.heappushpop(h, Job(9, "big"))
event("pushpop", out.name)
del out
event("smallest", [j.name for j in heapq.nsmallest(2, h)])
event("largest", [j.name for j in heapq.nlargest(1, h)])
del h
event("merge", list(heapq.merge([1, 4, 7], [2, 5], [3])))


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __del__(self):
        event("key dropped", self.v)


scores = [10, 20, 30, 40]
event("bisect", bisect.bisect(scores, 25), bisect.bisect_left(scores, 20))
bisect.insort(scores, 35)
event("insorted", scores)
rows = [Job(1, "r1"), Job(3, "r3")]
bisect.insort(rows, Job(2, "r2"))
event("rows", [r.name for r in rows])
del rows
event("end")
