# A cache entry that resurrects itself from __del__, watched through gc.callbacks and gc.garbage
import gc

graveyard = []
phases = []

def watcher(phase, info):
    phases.append((phase, info["generation"]))

class Entry:
    def __init__(self, key):
        self.key = key
        self.partner = None
        self.revived = False
    def __del__(self):
        event("del", self.key, "revived before" if self.revived else "first time")
        if not self.revived:
            self.revived = True
            graveyard.append(self)

gc.collect()
callbacks = getattr(gc, "callbacks", [])
callbacks.append(watcher)
a, b = Entry("a"), Entry("b")
a.partner, b.partner = b, a
del a, b
n = gc.collect()
event("collected", n if n is None else n > 0, sorted(e.key for e in graveyard), gc.garbage)
event("phases", phases[:2])
phases.clear()
for e in graveyard:
    e.partner = None
del e
event("partners cut")
graveyard.clear()
event("graveyard cleared")
gc.collect(0)
event("gen0 phases", phases)
callbacks.remove(watcher)
single = Entry("single")
single = None
event("single replaced", len(graveyard), graveyard[0].key)
graveyard.pop()
event("popped", gc.collect(), gc.garbage)
if hasattr(gc, "get_count"):
    event("counts type", type(gc.get_count()).__name__, len(gc.get_count()), gc.get_threshold()[0] > 0)
event("end")
