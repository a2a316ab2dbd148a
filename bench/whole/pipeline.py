# Generators chained into a pipeline (one closed early), weak references whose callbacks count the dead records,
# and dict churn (batches built, merged into totals and pruned), about 1.4 s on CPython 3.11.
import weakref


class Record:
    def __init__(self, key, size):
        self.key = key
        self.size = size


def source(n, base):
    try:
        for i in range(n):
            yield Record("r%d" % ((base + i) % 97), (base * i) % 13)
    finally:
        closed.append(base)


def bigger(records, limit):
    for r in records:
        if r.size > limit:
            yield r


def keyed(records):
    for r in records:
        yield r.key, r


dead = [0]
closed = []


def died(ref):
    dead[0] += 1


totals = {}
for round in range(38000):
    batch = {}
    refs = []
    for key, r in keyed(bigger(source(40, round), 3)):
        batch[key] = batch.get(key, 0) + r.size
        if r.size % 2:
            refs.append(weakref.ref(r, died))
    r = None
    for key in list(batch):
        totals[key] = totals.get(key, 0) + batch.pop(key)
    head = source(10, round)
    next(head)
    head.close()
    if round % 50 == 0:
        for k in [k for k, v in totals.items() if v % 5 == 0]:
            del totals[k]
event("pipeline", dead[0], len(closed), len(totals), sum(totals.values()) % 100003)
