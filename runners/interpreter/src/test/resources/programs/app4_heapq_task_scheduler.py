# A priority task scheduler on heapq with (priority, seq, task) tuples; cancelled entries are skipped lazily
import gc
import heapq
import itertools

class Task:
    def __init__(self, name):
        self.name = name
        self.cancelled = False
    def __del__(self):
        event("task freed", self.name)

heap = []
counter = itertools.count()
def submit(priority, name):
    task = Task(name)
    heapq.heappush(heap, (priority, next(counter), task))
    return task

submit(3, "backup")
t = submit(1, "email")
submit(1, "alert")
submit(2, "report")
t.cancelled = True
del t
while heap:
    prio, seq, task = heapq.heappop(heap)
    if task.cancelled:
        event("skip", task.name)
        continue
    event("run", prio, seq, task.name)
    if task.name == "alert":
        prio, seq, old = heapq.heapreplace(heap, (0, next(counter), Task("urgent")))
        event("replaced", old.name)
        del old
del task
gc.collect()
event("drained")
nums = [5, 1, 8, 3, 9, 2]
event("nsmallest", heapq.nsmallest(2, nums), heapq.nlargest(2, nums, key=lambda n: -n))
h = list(nums)
heapq.heapify(h)
event("pushpop", heapq.heappushpop(h, 0), heapq.heappushpop(h, 7), h[0])
event("merge", list(heapq.merge([1, 4, 7], [2, 5], [3], reverse=False)))
event("end")
