# A generator suspended inside a nested exception handler, in a garbage cycle: the handled exceptions it
# saved (3.10: the exc_info triple pushed on the frame's value stack; 3.11+: the exception itself) are
# traversed by the collector and released by tp_clear, so the whole cycle dies in one collection.
# includes: d_n.py, cycled_generator.py
import gc
gc.disable()

def gen(box):
    d = D("local")
    try:
        raise E("outer", box)
    except E:
        try:
            raise E("inner")
        except E as e:
            e.__context__ = None
            del e
            yield 1
            event("resumed")

collect_cycled(gen)

event("end")
