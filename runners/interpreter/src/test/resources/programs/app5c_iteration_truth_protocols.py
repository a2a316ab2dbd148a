# Containers written by hand: __iter__ vs the __getitem__ fallback, iter(callable, sentinel), __len__/__bool__
import gc
import weakref

class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __getitem__(self, i):
        event("getitem", i)
        return self.cards[i]
    def __len__(self):
        return len(self.cards)
    def __del__(self):
        event("deck freed", len(self.cards))

d = Deck(["A", "K"])
event("list via getitem", list(d))
event("contains via getitem", "K" in d, "Q" in d)
it = iter(d)
event("seq iterator", type(it).__name__, next(it))
del d
event("deck name dropped, iterator holds it")
del it
event("iterator dropped")

class Queue:
    def __init__(self, items):
        self.items = list(items)
    def pop(self):
        return self.items.pop(0) if self.items else None
    def __bool__(self):
        event("bool asked")
        return bool(self.items)
    def __len__(self):
        event("len asked")
        return len(self.items)
    def __del__(self):
        event("queue freed")

q = Queue(["a", "b", "stop", "c"])
reader = iter(q.pop, "stop")
event("until sentinel", list(reader), "left", q.items)
event("next after sentinel", next(reader, "exhausted"))
del reader
event("truthy", bool(q), "len", len(q))
while q:
    event("popped", q.pop())
event("empty is falsy", not q)
del q

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

event("len truth", bool(Sized(0)), bool(Sized(3)), "and/or", Sized(0) or "fallback")

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        try:
            while n > 0:
                yield n
                n -= 1
        finally:
            event("countdown generator closed at", n)

for x in Countdown(5):
    if x == 3:
        break
event("after break")
c = Countdown(2)
r = weakref.ref(c, lambda ref: event("countdown gone"))
event("unpack", *c)
del c
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    event("not iterable", e)
gc.collect()
event("end")
