# includes: named.py
# An event bus holding handlers as WeakMethod (bound methods) or weak refs (functions)
import gc
import weakref

class Bus:
    def __init__(self):
        self.handlers = []
    def subscribe(self, fn):
        if hasattr(fn, "__self__"):
            ref = weakref.WeakMethod(fn, self._dead)
        else:
            ref = weakref.ref(fn, self._dead)
        self.handlers.append(ref)
    def _dead(self, ref):
        event("handler died", type(ref).__name__)
        self.handlers.remove(ref)
    def emit(self, msg):
        delivered = 0
        for ref in list(self.handlers):
            fn = ref()
            if fn is not None:
                fn(msg)
                delivered += 1
        return delivered

class Widget(Named):
    died = "widget del"
    def on_event(self, msg):
        event(self.name, "handles", msg)

bus = Bus()
w1, w2 = Widget("w1"), Widget("w2")
bus.subscribe(w1.on_event)
bus.subscribe(w2.on_event)
def log(msg):
    event("log", msg)
bus.subscribe(log)
event("delivered", bus.emit("start"))
wm = weakref.WeakMethod(w1.on_event)
event("weakmethod eq", wm == weakref.WeakMethod(w1.on_event), wm() == w1.on_event, wm() is w1.on_event)
try:
    weakref.WeakMethod(log)
except TypeError as e:
    event("not a method", e)
del w1
event("w1 dropped", wm() is None, len(bus.handlers))
event("delivered", bus.emit("middle"))
del log
gc.collect()
event("delivered", bus.emit("late"), len(bus.handlers))
w2.on_event = lambda msg: event("instance override", msg)
event("delivered", bus.emit("override"))
del w2
gc.collect()
event("end", len(bus.handlers))
