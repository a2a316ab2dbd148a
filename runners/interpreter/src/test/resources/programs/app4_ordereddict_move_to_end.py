# includes: named.py
# An access-ordered registry on OrderedDict: move_to_end, popitem from both ends, order-sensitive equality
from collections import OrderedDict

class Page(Named):
    died = "evict"

class Recent(OrderedDict):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
    def touch(self, key):
        self.move_to_end(key)
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        if len(self) > self.limit:
            oldest, page = self.popitem(last=False)
            event("over limit", oldest)

cache = Recent(3)
for url in ("/a", "/b", "/c"):
    cache[url] = Page(url)
cache.touch("/a")
event("order", list(cache))
cache["/d"] = Page("/d")
event("order", list(cache))
cache.move_to_end("/d", last=False)
event("front", next(iter(cache)))
key, page = cache.popitem()
event("popped last", key)
del page
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
event("eq", x == y, dict(x) == dict(y), x == dict(y))
event("reversed", list(reversed(cache)), list(cache.keys()))
cache.clear()
event("end")
