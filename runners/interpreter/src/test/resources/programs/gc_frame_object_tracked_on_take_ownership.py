# A frame object made for a traceback while its frame runs (or is suspended in a generator) is not tracked by
# the collector until take_ownership (3.11+: _PyFrame_New_NoTrack; tracked when the frame exits), so a
# cycle through it found while closing a generator in a collection survives that collection as resurrected.
import gc
gc.disable()

class E(Exception):
    def __del__(self):
        event("__del__", self.args[0])

def gen2(box):
    try:
        raise E("first")
    except E as e:
        box.append(e)
        yield 2

box = []
g = gen2(box)
box.append(g)
event(next(g))
del g, box
event("collect", gc.collect())
event("collect again", gc.collect())
event("end")
