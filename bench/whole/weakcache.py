# Weak references with callbacks, a WeakValueDictionary cache and generators created and closed, about 1.4 s on
# CPython 3.11.
import weakref


class Item:
    def __init__(self, key):
        self.key = key
        self.payload = [key, key + 1]


def produce(items):
    try:
        for item in items:
            yield item.key
    finally:
        items.clear()


cache = weakref.WeakValueDictionary()
gone = []
hits = 0
closed = 0
for round in range(17500):
    keep = []
    refs = []
    for i in range(30):
        item = Item(round * 30 + i)
        cache[i] = item
        refs.append(weakref.ref(item, gone.append))
        if i % 3 == 0:
            keep.append(item)
    item = None
    for i in range(30):
        if cache.get(i) is not None:
            hits += 1
    g = produce(keep)
    next(g)
    g.close()
    closed += 1
    keep = None
event("weakcache", hits, len(gone), closed, len(cache))
