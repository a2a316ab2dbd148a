# A copy of a dict copies its tracking when CPython clones the keys table: PyDict_Copy when at most a third of
# the entries are deleted, dict(d) and e.update(d) into an empty dict when none are; otherwise the copy is built
# by insertion and tracked only for a container. So a tracked dict that no longer holds a container has tracked
# copies. PyPy has no gc.is_tracked.
import gc

def tracked_plain(n):
    d = {}
    for i in range(n):
        d[i] = []
    for i in range(n):
        d[i] = i
    return d

d = tracked_plain(3)
event("copy", gc.is_tracked(d), gc.is_tracked(d.copy()), gc.is_tracked(dict(d)))
e = {}
e.update(d)
f = {"x": 1}
f.update(d)
event("update", gc.is_tracked(e), gc.is_tracked(f))
big = tracked_plain(30)
event("big", gc.is_tracked(big.copy()), gc.is_tracked(dict(big)))
h = tracked_plain(6)
del h[0]
event("one hole", gc.is_tracked(h.copy()), gc.is_tracked(dict(h)))
m = tracked_plain(6)
for i in range(4):
    del m[i]
event("many holes", gc.is_tracked(m.copy()), gc.is_tracked(dict(m)))
u = {"a": 1, "b": 2}
event("untracked", gc.is_tracked(u.copy()), gc.is_tracked(dict(u)))
event("empty", gc.is_tracked({}.copy()), gc.is_tracked(dict({})))
