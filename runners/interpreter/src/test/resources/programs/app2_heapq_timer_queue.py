# includes: named.py
# A timer queue: heapq of (deadline, seq, timer) entries, cancelled timers skipped lazily
import heapq
import itertools

class Timer(Named):
    died = "del timer"
    cancelled = False

class TimerQueue:
    def __init__(self):
        self._heap = []
        self._seq = itertools.count()
    def schedule(self, name, deadline, action):
        t = Timer(name, deadline=deadline, action=action)
        heapq.heappush(self._heap, (deadline, next(self._seq), t))
        return t
    def run_until(self, now):
        while self._heap and self._heap[0][0] <= now:
            deadline, _, t = heapq.heappop(self._heap)
            if t.cancelled:
                event("skip", t.name)
                continue
            t.action(t.name)
        event("pending", len(self._heap))

q = TimerQueue()
q.schedule("b", 5, lambda n: event("fire", n))
handle = q.schedule("a", 2, lambda n: event("fire", n))
q.schedule("c", 2, lambda n: event("fire", n))
q.schedule("d", 9, lambda n: event("fire", n))
handle.cancelled = True
del handle
event("first wave")
q.run_until(5)
event("smallest", heapq.nsmallest(1, q._heap)[0][2].name)
q.run_until(10)
event("end")
