# includes: named.py
# __class_getitem__ builds cached typed subclasses of a queue; the cache holds them until cleared
class TypedQueue:
    _cache = {}
    item_type = object
    def __class_getitem__(cls, item):
        key = (cls, item)
        if key not in cls._cache:
            event("make", cls.__name__, item.__name__)
            cls._cache[key] = type(f"{cls.__name__}[{item.__name__}]", (cls,), {"item_type": item})
        return cls._cache[key]
    def __init__(self):
        self.items = []
    def put(self, x):
        if not isinstance(x, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(x).__name__}")
        self.items.append(x)
    def __del__(self):
        event("del queue", type(self).__name__, len(self.items))

class Job(Named):
    died = "del job"

jobs = TypedQueue[Job]()
event("same class", type(jobs) is TypedQueue[Job], TypedQueue[Job].__name__, TypedQueue[int] is TypedQueue[int])
jobs.put(Job(1))
jobs.put(Job(2))
try:
    jobs.put("not a job")
except TypeError as e:
    event("rejected", e)
numbers = TypedQueue[int]()
numbers.put(7)
event("builtin alias", list[Job], dict[str, int].__args__)
del jobs
event("jobs dropped")
TypedQueue._cache.clear()
event("cache cleared")
numbers = None
event("end")
