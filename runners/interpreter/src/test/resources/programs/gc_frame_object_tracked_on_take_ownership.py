# A frame object made for a traceback while its frame runs (or is suspended in a generator) is not tracked by
# the collector until take_ownership (3.11+: _PyFrame_New_NoTrack; tracked when the frame exits), so a
# cycle through it found while closing a generator in a collection survives that collection as resurrected.
# includes: cycled_generator.py
import gc
gc.disable()

def gen2(box):
    try:
        raise E("first")
    except E as e:
        box.append(e)
        yield 2

collect_cycled(gen2)
event("end")
