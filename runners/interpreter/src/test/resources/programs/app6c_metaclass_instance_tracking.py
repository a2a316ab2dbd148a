# A metaclass that tracks live instances of each class in a WeakSet and reports class attributes via vars()
# includes: named.py
import gc
import weakref

class Tracked(type):
    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        cls._live = weakref.WeakSet()

    def __call__(cls, *args, **kwargs):
        return cls._track(super().__call__(*args, **kwargs))

    def _track(cls, obj):
        cls._live.add(obj)
        return obj

    def live_count(cls):
        return len(cls._live)

    def public_attributes(cls):
        return sorted(k for k in vars(cls) if not k.startswith("_"))


class Widget(Named, metaclass=Tracked):
    died = "widget destroyed"
    kind = "widget"

    def render(self):
        return f"<{self.kind} {self.name}>"


class Button(Widget):
    kind = "button"

    def click(self):
        return f"{self.name} clicked"


w = Widget("panel")
b1 = Button("ok")
b2 = Button("cancel")
event("counts", Widget.live_count(), Button.live_count(), type(Button).__name__)
event("attributes", Widget.public_attributes(), Button.public_attributes())
ns = vars(Button)
event("namespace", type(ns).__name__, ns["kind"], "render" in ns, len([k for k in ns if k == "click"]))
try:
    ns["kind"] = "link"
except TypeError as exc:
    event("read-only", exc)
Button.kind = "link"
event("after setattr", ns["kind"], b1.render())
del b1
event("after del b1", Button.live_count())
b2.parent = w
w.children = [b2]
del w, b2
event("cycle built", Widget.live_count(), Button.live_count())
gc.collect()
event("collected", Widget.live_count(), Button.live_count())
event("end")
