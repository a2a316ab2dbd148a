# includes: named.py
# A report caches expensive derived values with functools.cached_property and invalidates them by deleting
from functools import cached_property
import gc

class Summary(Named):
    died = "summary freed"

class Report:
    def __init__(self, rows):
        self.rows = rows
    @cached_property
    def summary(self):
        event("computing")
        return Summary(sum(self.rows))
    @cached_property
    def count(self):
        return len(self.rows)
    def add(self, v):
        self.rows.append(v)
        self.__dict__.pop("summary", None)
        event("invalidated")

rep = Report([1, 2, 3])
event("first", rep.summary.name)
event("second", rep.summary.name, "summary" in vars(rep))
rep.add(4)
event("recomputed", rep.summary.name)
event("attrname", Report.summary.attrname, type(Report.__dict__["count"]).__name__)
event("count", rep.count, rep.count)
del rep.summary
event("deleted")
rep.summary = Summary(100)
event("assigned", rep.summary.name)

class Bad:
    __slots__ = ("x",)
    @cached_property
    def value(self):
        return 1
try:
    Bad().value
except TypeError as e:
    event("TypeError", str(e).split(" ")[0])
try:
    cp = cached_property(lambda self: 1)
    cp.__set_name__(Report, "a")
    cp.__set_name__(Report, "b")
except TypeError as e:
    event("renamed", type(e).__name__)
del rep
gc.collect()
event("end")
