# includes: named.py
# A bounded cache built on collections.abc mixins (MutableMapping) with abstract hooks and eviction callbacks
import gc
import weakref
from abc import ABC, abstractmethod
from collections.abc import MutableMapping, Iterator

class Evictable(ABC):
    @abstractmethod
    def on_evict(self, key, value): ...

class Blob(Named):
    died = "blob freed"

class BoundedCache(MutableMapping, Evictable):
    def __init__(self, limit):
        self._data = {}
        self.limit = limit
    def __getitem__(self, key):
        return self._data[key]
    def __setitem__(self, key, value):
        self._data[key] = value
        while len(self._data) > self.limit:
            oldest = next(iter(self._data))
            self.on_evict(oldest, self._data.pop(oldest))
    def __delitem__(self, key):
        del self._data[key]
    def __iter__(self) -> Iterator:
        return iter(self._data)
    def __len__(self):
        return len(self._data)
    def on_evict(self, key, value):
        event("evicting", key, value)

c = BoundedCache(2)
for k in "abc":
    c[k] = Blob(k)
event("after inserts", list(c), len(c), "a" in c, c.get("zz", "default"))
c.update(d=Blob("d"))
event("after update", list(c.keys()))
event("pop", c.pop("c"), c.setdefault("e", Blob("e")).name)
event("items", [(k, v.name) for k, v in c.items()], isinstance(c, MutableMapping))
w = weakref.ref(c["d"], lambda r: event("d weakref dead"))
event("popitem", c.popitem())
event("d gone", w() is None)
try:
    class Incomplete(MutableMapping):
        def __getitem__(self, k):
            return 1
    Incomplete()
except TypeError as e:
    event("incomplete", sorted(Incomplete.__abstractmethods__))
c.clear()
event("cleared", len(c))
del c
gc.collect()
event("end")
