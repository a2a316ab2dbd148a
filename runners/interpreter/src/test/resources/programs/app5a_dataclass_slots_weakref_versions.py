# Slotted value objects: dataclass(slots=True) by version, weakref_slot on 3.11+, __del__ on dataclasses, replace
import dataclasses
import gc
import sys
import weakref

opts = {}
if sys.version_info >= (3, 10):
    opts["slots"] = True
if sys.version_info >= (3, 11):
    opts["weakref_slot"] = True

@dataclasses.dataclass(**opts)
class Pixel:
    x: int
    y: int
    color: str = "black"
    def __del__(self):
        event("pixel freed", self.x, self.y, self.color)

p = Pixel(1, 2)
event("slots", hasattr(Pixel, "__slots__"), hasattr(p, "__dict__"))
try:
    w = weakref.ref(p, lambda r: event("pixel weakref callback"))
    event("weakref ok", w() is p)
except TypeError as e:
    event("no weakref", type(e).__name__)
    w = None
q = dataclasses.replace(p, color="red")
event("replaced", q, p == q, p == Pixel(1, 2))
try:
    p.alpha = 0.5
    event("dynamic attr allowed")
except AttributeError as e:
    event("dynamic attr refused", type(e).__name__)
del p
event("p dropped")
pixels = [Pixel(i, i * 2) for i in range(3)]
event("pixels", [(px.x, px.y) for px in pixels])
pixels.reverse()
del pixels[:2]
event("two dropped")
del q, pixels
gc.collect()
event("end")
