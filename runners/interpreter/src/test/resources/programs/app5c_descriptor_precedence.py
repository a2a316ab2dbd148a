# includes: named.py
# Descriptor precedence in a small ORM: data vs non-data descriptors, class access, property chains
import gc
import weakref

class Column:
    """A data descriptor: wins over the instance dict."""
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            event("column accessed on class", owner.__name__)
            return self
        return getattr(obj, self.attr, self.default)
    def __set__(self, obj, value):
        event("column set", self.attr, value)
        setattr(obj, self.attr, value)

class Lazy:
    """A non-data descriptor: the instance dict shadows it after the first get."""
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.func(obj)
        event("lazy computed", self.name)
        obj.__dict__[self.name] = value
        return value

class Payload(Named):
    died = "payload freed"

class Row:
    id = Column(0)
    count = 0
    def __init__(self, id):
        self.id = id
        Row.count += 1
    @Lazy
    def payload(self):
        return Payload(f"row{self.id}")
    @property
    def label(self):
        return self._label
    @label.setter
    def label(self, value):
        event("label setter", value)
        self._label = Payload(value)
    @label.deleter
    def label(self):
        event("label deleter")
        del self._label
    @classmethod
    def create(cls, id):
        return cls(id)
    @staticmethod
    def check(value):
        return value > 0

Row.id
r = Row.create(7)
r.__dict__["id"] = 99
event("data descriptor wins", r.id, r.__dict__["id"])
event("payload", r.payload.name)
event("payload again", r.payload.name)
r.label = "first"
r.label = "second"
del r.label
event("label gone", hasattr(r, "_label"))
event("kinds", type(Row.__dict__["create"]).__name__, Row.check(3), r.check(-1))
event("bound", Row.create.__self__ is Row, Row.__dict__["check"].__func__(5))
del r.__dict__["payload"]
event("payload dropped from dict")
rebound = r.payload
r2 = Row(1)
probe = weakref.ref(r2, lambda ref: event("row 1 gone"))
del r2
event("rows", Row.count)
del r, rebound
gc.collect()
event("end")
