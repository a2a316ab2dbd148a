# includes: named.py
# A case-insensitive header store built on collections.abc.MutableMapping: the mixins do the rest
from collections.abc import MutableMapping, Mapping
import gc

class Value(Named):
    died = "value freed"
    def __repr__(self):
        return repr(self.name)

class Headers(MutableMapping):
    def __init__(self, *args, **kw):
        self._store = {}
        self.update(*args, **kw)
    def __getitem__(self, key):
        return self._store[key.lower()][1]
    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)
    def __delitem__(self, key):
        del self._store[key.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._store.values())
    def __len__(self):
        return len(self._store)

h = Headers({"Content-Type": Value("html")}, Host=Value("x.org"))
event("get", h["content-type"], h.get("HOST"), h.get("missing", "dflt"), "host" in h)
event("keys", list(h), list(h.keys()), len(h))
h["ACCEPT"] = Value("*/*")
event("items", [(k, v.name) for k, v in h.items()])
event("setdefault", h.setdefault("accept", Value("no")), h.setdefault("X-New", Value("new")))
event("pop", h.pop("x-new"), h.pop("nope", None))
k, v = h.popitem()
event("popitem", k, v)
del k, v
event("eq", h == {"Host": h["host"], "accept": h["Accept"]}, h == {"host": 1}, isinstance(h, Mapping))
h.update([("Host", Value("y.org"))])
event("values", list(h.values()))
event("mixins", sorted(n for n in ("pop", "popitem", "clear", "update", "setdefault", "get", "keys") if hasattr(Headers, n)))
h.clear()
event("cleared", len(h))
try:
    Mapping()
except TypeError:
    event("abstract")
event("end")
