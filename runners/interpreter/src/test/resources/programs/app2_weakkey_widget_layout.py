# includes: named.py
# Layout data kept per widget in a WeakKeyDictionary: it goes away with the widget, never keeping it alive
import weakref
import gc

class Widget(Named):
    died = "destroy"

class Layout:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __del__(self):
        event("layout freed", self.w, self.h)

layouts = weakref.WeakKeyDictionary()
header, body, footer = Widget("header"), Widget("body"), Widget("footer")
layouts[header] = Layout(100, 10)
layouts[body] = Layout(100, 80)
layouts[footer] = Layout(100, 10)
event("count", len(layouts), layouts[body].h, body in layouts)
del body
gc.collect()
event("after body", len(layouts))
keys = sorted(w.name for w in layouts.keys())
event("keys", keys)
layouts[header] = Layout(120, 12)
event("header relaid")
for w, lay in list(layouts.items()):
    event("item", w.name, lay.w)
del w, lay
footer = None
gc.collect()
event("after footer", len(layouts))
event("end")
