# A round-robin of workers on a deque: rotate, bounded history with maxlen, remove and clear release order
import gc
from collections import deque

class Worker:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __del__(self):
        event("worker gone", self.name)

class Msg:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("msg dropped", self.n)

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
event("history", [m.n for m in history])
history.appendleft(Msg(9))
event("appendleft", [m.n for m in history])
history.extendleft([Msg(7), Msg(8)])
event("extendleft", [m.n for m in history], history.maxlen)
ring.clear()
gc.collect()
event("ring cleared")
history.reverse()
event("reversed", [x.n for x in history])
history = None
gc.collect()
event("end")
