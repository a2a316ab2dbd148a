# 3.12+ (gh-97922): an allocation over the threshold only schedules an automatic collection; it runs at the
# next eval-breaker check (here the end of the CALL to len() or gc.disable()). 3.11 collects inside the
# allocation; 3.13 skips a scheduled collection if the collector was disabled meanwhile.
# includes: seen.py
import gc
class C(Seen):
    pass
def cycle(name):
    c = C(name)
    c.self = c
gc.collect()
gc.set_threshold(100)
cycle("one")
r = ([], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], len(seen))
event("collected inside the display", r[-1])
event("after the display", len(seen))
r = None
gc.collect()
seen.clear()
gc.set_threshold(100)
cycle("two")
r = ([], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], [], gc.disable())
event("collected before disable returned", seen)
gc.enable()
gc.collect()
event("end", seen)
