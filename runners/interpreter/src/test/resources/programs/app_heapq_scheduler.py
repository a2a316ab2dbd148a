# A timer scheduler keeps order=True dataclass entries in a heap and cancels entries lazily
# includes: named.py
import heapq, itertools
from dataclasses import dataclass, field

class Job(Named):
    died = "job freed"
    def __call__(self):
        event("run", self.name)

@dataclass(order=True)
class Entry:
    when: float
    seq: int
    job: Job = field(compare=False)
    cancelled: bool = field(default=False, compare=False)

class Scheduler:
    def __init__(self):
        self.heap = []
        self.seq = itertools.count()
    def at(self, when, job):
        entry = Entry(when, next(self.seq), job)
        heapq.heappush(self.heap, entry)
        return entry
    def run_until(self, now):
        while self.heap and self.heap[0].when <= now:
            entry = heapq.heappop(self.heap)
            if entry.cancelled:
                event("skip", entry.job.name)
                continue
            entry.job()

s = Scheduler()
s.at(3.0, Job("backup"))
t = s.at(1.0, Job("ping"))
s.at(1.0, Job("pong"))
s.at(2.5, Job("report"))
t.cancelled = True
del t
event("queued", [e.job.name for e in sorted(s.heap)])
s.run_until(2.0)
event("left", len(s.heap), "next", s.heap[0].when)
s.run_until(10)
event("end")
