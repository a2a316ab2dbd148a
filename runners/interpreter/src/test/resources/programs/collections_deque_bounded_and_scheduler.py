# includes: named.py
# collections.deque (C): a bounded deque drops the far end after adding; clear() and the deque's death release
# the items left to right; an iterator keeps the deque alive; a deque of generators as a round-robin scheduler.
from collections import deque
import gc
import weakref


class Msg(Named):
    died = "del"



recent = deque(maxlen=2)
for n in "abcd":
    recent.append(Msg(n))
    event("appended", n, [m.name for m in recent])
recent.appendleft(Msg("L"))
event("appendleft", [m.name for m in recent], recent.maxlen)
del recent
event("bounded gone")

q = deque([Msg("x"), Msg("y"), Msg("z")])
q.rotate(1)
event("rotated", [m.name for m in q])
first = q.popleft()
event("popleft", first.name)
del first
q.extend([Msg("e1"), Msg("e2")])
q.remove(q[1])
event("removed", len(q))
it = iter(q)
event("iter", next(it).name)
r = weakref.ref(q)
del q
event("iterator keeps deque", r() is not None)
del it
event("deque gone", r() is None)

d = deque([Msg("c1"), Msg("c2")])
d.clear()
event("cleared", len(d), bool(d))


def worker(name, n):
    token = Msg("token-" + name)
    for i in range(n):
        event("step", name, i)
        yield
    event("finish", name)


ready = deque([worker("A", 2), worker("B", 1)])
while ready:
    task = ready.popleft()
    try:
        next(task)
    except StopIteration:
        continue
    ready.append(task)
del task
event("scheduler done")
pending = deque([worker("P", 5)])
next(pending[0])
del pending
gc.collect()
event("end")
