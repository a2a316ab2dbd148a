# includes: named.py
# A cached computed attribute descriptor using __set_name__, storing per instance in a WeakKeyDictionary
import weakref
import gc

class computed:
    def __init__(self, func):
        self.func = func
        self.cache = weakref.WeakKeyDictionary()
    def __set_name__(self, owner, name):
        self.name = name
        event("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        if obj not in self.cache:
            event("compute", self.name)
            self.cache[obj] = self.func(obj)
        return self.cache[obj]
    def __set__(self, obj, value):
        raise AttributeError(f"{self.name} is read-only")
    def __delete__(self, obj):
        event("invalidate", self.name)
        self.cache.pop(obj, None)

class Result(Named):
    died = "del result"

class Report:
    def __init__(self, rows):
        self.rows = rows
    @computed
    def summary(self):
        return Result("sum=%d" % sum(self.rows))
    def __del__(self):
        event("del report", len(self.rows))

r = Report([1, 2, 3])
event("summary", r.summary.name, r.summary.name)
try:
    r.summary = None
except AttributeError as e:
    event("set", e)
del r.summary
event("again", r.summary.name, type(Report.__dict__["summary"]).__name__, Report.summary.name)
r2 = Report([10])
event("r2", r2.summary.name, len(Report.summary.cache))
del r
gc.collect()
event("r dropped", len(Report.summary.cache))
del r2
gc.collect()
event("end")
