# includes: named.py
# Grouping log records with itertools.groupby: a group iterator is invalidated when the outer one advances
import itertools
from operator import attrgetter

class Record(Named):
    died = "record freed"

def records():
    for level, msg in [("info", "a"), ("info", "b"), ("warn", "c"), ("info", "d"), ("error", "e")]:
        yield Record(msg, level=level)

groups = itertools.groupby(records(), key=attrgetter("level"))
level, grp = next(groups)
event("first group", level, next(grp).name)
level2, grp2 = next(groups)
event("advanced to", level2, list(grp))
event("second group", [r.name for r in grp2])
del grp, grp2
event("groups dropped")
rest = [(lvl, len(list(g))) for lvl, g in groups]
event("rest", rest)
del groups
event("groupby dropped")
counts = {k: sum(1 for _ in g) for k, g in itertools.groupby(sorted(["b", "a", "b", "c", "a", "b"]))}
event("counts", counts)
runs = [(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 2, 2, 1, 3, 3])]
event("runs", runs)
acc = list(itertools.accumulate([3, 1, 4, 1, 5], max))
event("running max", acc, list(itertools.accumulate([1, 2, 3], initial=10)))
pairs = list(itertools.zip_longest("abc", [1, 2], fillvalue=None))
event("zip_longest", pairs)
event("product", list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
event("combinations", list(itertools.combinations_with_replacement("xy", 2)))
if hasattr(itertools, "pairwise"):
    event("pairwise", list(itertools.pairwise([1, 2, 4, 7])))
else:
    event("pairwise", list(zip([1, 2, 4], [2, 4, 7])))
event("end")
