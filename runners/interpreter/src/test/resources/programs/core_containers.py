l = [3, 1, 2]
l.append(4)
l.insert(0, 9)
event(l, l.pop(), l.pop(0), l, len(l), l[0], l[-1])
l.sort()
event("sorted", l, sorted([5, 3, 4]), l.index(2), l.count(1), 2 in l, 7 not in l)
l[1] = 20
del l[0]
event(l, l + [7], l * 2, [x for x in l])
d = {"a": 1, "b": 2}
d["c"] = 3
del d["a"]
event(d, d.get("b"), d.get("z", 0), "b" in d, list(d), d.keys(), d.values(), d.items())
event(d.pop("b"), d, d.setdefault("q", 5), d)
for k in {"x": 1, "y": 2}:
    event("key", k)
t = (1, "two", 3.0)
event(t, t[1], len(t), t.count(1), t.index(3.0), () == (), (1,) + (2,))
event(min(3, 1, 2), max([4, 9, 2]), sum([1, 2, 3]), any([0, 1]), all([1, 0]), sum([], 10))
event("".join(["a", "b"]), "-".join(("x", "y", "z")), "a b  c".split(), "a,b".split(","))
event("Hello".upper(), "Hello".lower(), "  pad ".strip(), "abc".startswith("ab"), "abc".replace("b", "B"))
try:
    d["missing"]
except KeyError as e:
    event("KeyError", e, repr(e))
try:
    [][0]
except IndexError as e:
    event("IndexError", e)
words = ["pear", "Fig", "apple", "kiwi", "banana"]
event(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
words.sort(key=str.lower)
event(words)
