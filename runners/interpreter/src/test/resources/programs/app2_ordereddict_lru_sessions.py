# A session store with OrderedDict as LRU: move_to_end on touch, popitem(last=False) evicts the oldest
from collections import OrderedDict

class Session:
    def __init__(self, sid):
        self.sid = sid
        self.hits = 0
    def __del__(self):
        event("expire", self.sid, self.hits)

class SessionStore:
    def __init__(self, capacity):
        self.capacity = capacity
        self._data = OrderedDict()
    def get(self, sid):
        if sid in self._data:
            self._data.move_to_end(sid)
        else:
            self._data[sid] = Session(sid)
            if len(self._data) > self.capacity:
                old_sid, _ = self._data.popitem(last=False)
                event("evicted", old_sid)
        s = self._data[sid]
        s.hits += 1
        return s

store = SessionStore(3)
for sid in ["a", "b", "c", "a", "d", "b", "e"]:
    store.get(sid)
event("order", list(store._data))
store._data.move_to_end("b", last=False)
event("b first", list(store._data), next(reversed(store._data)))
last = store._data.popitem()
event("popped newest", last[0])
del last
event("after del last")
copy_ = OrderedDict(store._data)
event("equal", copy_ == store._data, list(copy_.keys()) == list(store._data))
store = None
event("store dropped")
copy_.clear()
event("end")
