# includes: named.py
# A round-robin of workers on a deque: rotate, bounded history with maxlen, remove and clear release order
import gc
from collections import deque

class Worker(Named):
    died = "worker gone"
    def __repr__(self):
        return self.name

class Msg(Named):
    died = "msg dropped"

ring = deque(Worker(n) for n in "abcd")
for _ in range(3):
    event("serve", ring[0])
    ring.rotate(-1)
event("ring", list(ring))
ring.rotate(2)
event("rotated back", list(ring), ring.index(ring[1]))
ring.remove(ring[2])
event("removed")
history = deque(maxlen=3)
for i in range(5):
    history.append(Msg(i))
event("history", [m.name for m in history])
history.appendleft(Msg(9))
event("appendleft", [m.name for m in history])
history.extendleft([Msg(7), Msg(8)])
event("extendleft", [m.name for m in history], history.maxlen)
ring.clear()
gc.collect()
event("ring cleared")
history.reverse()
event("reversed", [x.name for x in history])
history = None
gc.collect()
event("end")
