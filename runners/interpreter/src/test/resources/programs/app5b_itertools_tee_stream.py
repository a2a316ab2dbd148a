# includes: named.py
# Splitting a stream of records with tee: the shared buffer keeps items until every copy has passed them
import gc
import itertools

class Packet(Named):
    died = "packet freed"
    def __repr__(self):
        return "P%d" % self.name

def source(n):
    for i in range(n):
        event("produce", i)
        yield Packet(i)

fast, slow = itertools.tee(source(4))
event("fast", next(fast), next(fast))
event("fast took two")
event("slow", next(slow))
event("slow took one")
event("slow", next(slow))
del fast
event("fast dropped")
event("rest of slow", list(slow))
del slow
event("slow dropped")
chained = itertools.chain.from_iterable([source(1), [Packet(10)], (Packet(20 + i) for i in range(2))])
event("chain first", next(chained))
event("chain second", next(chained))
del chained
event("chain dropped")
window = itertools.islice(source(10), 2, 6, 2)
event("islice", list(window))
event("islice again", list(window))
c = itertools.count(5, 5)
event("count", next(c), next(c), repr(c))
cyc = itertools.cycle([Packet(30), Packet(31)])
event("cycle", [next(cyc).name for _ in range(3)])
del cyc
gc.collect()
rep = list(itertools.repeat("x", 3))
event("repeat", rep, list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
event("end")
