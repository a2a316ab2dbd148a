# Class decorators add __repr__/__eq__ from annotations and register classes by name
registry = {}

def register(name=None):
    def deco(cls):
        registry[name or cls.__name__.lower()] = cls
        event("registered", cls.__name__)
        return cls
    return deco

def auto_repr(cls):
    fields = list(cls.__annotations__)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        return type(other) is cls and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls

@register("pt")
@auto_repr
class Point:
    x: int
    y: int
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __del__(self):
        event("del", self)

@register()
@auto_repr
class Label:
    text: str
    def __init__(self, text):
        self.text = text
    def __del__(self):
        event("del label", self.text)

p = registry["pt"](1, 2)
event(p, p == Point(1, 2), p == Label("x"), Point.__hash__)
items = [registry[k](*args) for k, args in [("label", ("hi",)), ("pt", (3, 4))]]
event("items", items)
del registry["label"]
items.pop(0)
event("label instance dropped")
del p
event("end", sorted(registry))
