# includes: named.py
# The usual methods of str, list, dict and set that no other program called, and when the references
# they drop are released.
import gc


class Res(Named):
    died = "del"


s = "  abcabc--"
event("lstrip", repr(s.lstrip()), s.lstrip(" a"))
event("find", s.find("c"), s.find("zz"), s.find("b", 5))
event("index", s.index("ab"))
try:
    s.index("zz")
except ValueError as e:
    event("index error", e)
event("count", s.count("b"), "aaaa".count("aa"))
event("partition", "k=v=w".partition("="), "kvw".partition("="))

l = [Res("l0"), Res("l1"), Res("l2")]
c = l.copy()
event("copy", c == l, c is l)
target = l[1]
l.remove(target)
event("removed from l, c still holds it")
c.remove(target)
event("removed from c, target still holds it")
target = None
try:
    l.remove(5)
except ValueError as e:
    event("remove error", e)
l.reverse()
event("reversed", l)
c = None
l = None

d = {"a": Res("da"), "b": Res("db"), "c": Res("dc")}
dc = d.copy()
event("dict copy", list(dc), dc is d)
k, v = d.popitem()
event("popitem", k, v)
v = None
d.clear()
event("cleared original, copy keeps values", len(d))
dc.clear()
event("cleared copy", len(dc))
try:
    d.popitem()
except KeyError as e:
    event("popitem error", e)

u = {"a": Res("old-a")}
u.update([("a", Res("new-a")), ["b", 2]], c=Res("kw-c"))
event("update with pairs and keywords", sorted(u))
u.update({"c": 3})
event("update replaced c")
try:
    u.update([("x",)])
except ValueError as e:
    event("update error", e)
u = None

s1 = {1, 2, 3}
s2 = s1.copy()
s2.update([3, 4], (5,))
event("set copy/update", sorted(s1), sorted(s2))
event("union", sorted(s1.union([9], {8})))
event("intersection", sorted(s1.intersection([2, 3, 7])), sorted(s2.intersection(s1, {1, 2})))
event("difference", sorted(s2.difference(s1)), sorted(s2.difference({4}, [5])))
keep = {Res("s-only")}
keep.clear()
event("set cleared", len(keep))
gc.collect()
event("end")
