# includes: named.py
# A registry keyed by name stores weakref.ref subclasses that remember their key and clean up in the callback
import weakref
import gc

class KeyedRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class Registry:
    def __init__(self):
        self.data = {}
        def remove(wr, selfref=weakref.ref(self)):
            reg = selfref()
            if reg is not None:
                event("callback removes", wr.key)
                del reg.data[wr.key]
        self._remove = remove
    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)
    def __getitem__(self, key):
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj
    def __len__(self):
        return len(self.data)

class Service(Named):
    died = "service freed"

reg = Registry()
auth, mail = Service("auth"), Service("mail")
reg["auth"] = auth
reg["mail"] = mail
event("registered", len(reg), reg["mail"].name)
r = reg.data["auth"]
event("ref", type(r).__name__, r.key, isinstance(r, weakref.ref), r() is auth, r.__callback__ is reg._remove)
del r
del auth
gc.collect()
event("after auth", sorted(reg.data))
try:
    reg["auth"]
except KeyError as e:
    event("KeyError", e)
plain = weakref.ref(mail)
event("plain and keyed differ", plain is reg.data["mail"], plain == reg.data["mail"])
del plain
mail = None
gc.collect()
event("end", len(reg))
