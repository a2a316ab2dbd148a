# Model classes generated at run time with type(name, bases, namespace), as ORMs and test factories do
import gc

class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
    def __del__(self):
        event("instance freed", type(self).__name__, getattr(self, "id", None))

def make_model(name, fields):
    def __init__(self, **kw):
        for f in fields:
            setattr(self, f, kw.get(f))
    def describe(self):
        return name + "(" + ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields) + ")"
    return type(name, (Base,), {"__init__": __init__, "describe": describe, "fields": tuple(fields)})

User = make_model("User", ["id", "email"])
Post = make_model("Post", ["id", "title"])
event("registry", Base.registry, User.__name__, User.__bases__[0].__name__, User.__mro__[-1].__name__)
u = User(id=1, email="a@x")
p = Post(id=7, title="hi")
event("describe", u.describe(), p.describe(), User.fields)
event("isinstance", isinstance(u, Base), isinstance(u, Post), type(u) is User)
Tag = type("Tag", (), {"__slots__": ("name",), "__repr__": lambda self: "#" + self.name})
t = Tag()
t.name = "py"
event("slots class", t, hasattr(t, "__dict__"))
event("type of type", type(User).__name__, type(Tag).__name__, User.__qualname__, User.__module__)
Meta = type("Meta", (type,), {})
Thing = Meta("Thing", (), {"x": 1})
event("meta", type(Thing).__name__, Thing.x)
del u, p
gc.collect()
del User
gc.collect()
event("end", Base.registry)
