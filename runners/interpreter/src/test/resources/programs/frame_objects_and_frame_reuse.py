# Frames that had a frame object (sys._getframe, a traceback) and frames that did not, called again and
# again: a later call of the same function must not disturb an earlier frame's frame object, kept or
# dropped, nor the locals it keeps alive.
# includes: probe.py
import gc
import sys


kept = []


def f(name, keep):
    p = Probe(name)
    fo = sys._getframe()
    if keep:
        kept.append(fo)
    del fo
    return name


def g(name):
    p = Probe(name)
    return name


def h(name):
    p = Probe(name)
    try:
        raise ValueError(name)
    except ValueError as e:
        return e


for i in range(3):
    event("f", f("a%d" % i, False))
    gc.collect()
event("f", f("kept", True))
event("f", f("b", False))
gc.collect()
event("f", f("c", False))
event("f", f("kept2", True))
gc.collect()
event("before clear", len(kept), kept[0].f_locals["name"], kept[1].f_locals["p"].name)
kept.clear()
gc.collect()
event("after clear")
for i in range(3):
    event("g", g("g%d" % i))
gc.collect()
err = h("h0")
event("h", g("g3"), h("h1"))
gc.collect()
event("traceback keeps", err.__traceback__.tb_frame.f_locals["p"].name)
err = None
gc.collect()
event("done")
