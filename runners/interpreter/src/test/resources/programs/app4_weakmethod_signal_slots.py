# includes: named.py
# A Qt-style signal holding its slots as WeakMethods; a dead receiver's slot disconnects itself
import gc
import weakref

class Signal:
    def __init__(self, name):
        self.name = name
        self._slots = []
    def connect(self, method):
        ref = weakref.WeakMethod(method, self._dead)
        self._slots.append(ref)
    def _dead(self, ref):
        self._slots.remove(ref)
        event("auto-disconnect", self.name, len(self._slots))
    def emit(self, *args):
        for ref in list(self._slots):
            m = ref()
            if m is not None:
                m(*args)

class Label(Named):
    died = "label freed"
    def on_text(self, text):
        event(self.name, "shows", text)

changed = Signal("changed")
title = Label("title")
status = Label("status")
changed.connect(title.on_text)
changed.connect(status.on_text)
changed.emit("hello")
m1 = weakref.WeakMethod(title.on_text)
m2 = weakref.WeakMethod(title.on_text)
event("equal refs", m1 == m2, m1() == title.on_text, m1() is m2())
del status
gc.collect()
changed.emit("world")
bound = title.on_text
del title
gc.collect()
event("bound keeps it", m1() is not None)
changed.emit("still")
del bound
gc.collect()
event("dead", m1() is None, len(changed._slots))
changed.emit("nobody")
event("end")
