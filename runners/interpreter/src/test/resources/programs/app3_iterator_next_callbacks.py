# includes: named.py
# A token source hands out the bound __next__ of a built-in iterator as a "pull" callback
import weakref

class Token(Named):
    died = "token freed"

class Deck:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return "card%d" % i

tokens = [Token(t) for t in ("let", "x", "=", "1")]
pull = iter(tokens).__next__
event("pull", pull().name, pull().name)
r = weakref.ref(tokens[0])
tokens[0] = None
event("first freed by the list", r() is None)
event("pull", pull().name, pull().name)
try:
    pull()
except StopIteration:
    event("exhausted")
del pull
event("dropped pull")
it = iter(Deck(3))
event("deck iterator", type(it).__name__ in ("iterator", "sequenceiterator"), next(it), it.__next__())
event("rest", list(it))
nums = iter(range(3)).__next__
event("range", nums(), nums())
seq = iter([3, 1, 2])
event("methods", hasattr(seq, "__next__"), hasattr(seq, "__iter__"), seq.__iter__() is seq)
feed = iter(["a", "b", "stop", "c"]).__next__
event("two-arg iter", list(iter(feed, "stop")))
del tokens[:]
event("cleared")
gen = (t for t in "ab")
event("generator next", gen.__next__(), next(gen))
event("end")
