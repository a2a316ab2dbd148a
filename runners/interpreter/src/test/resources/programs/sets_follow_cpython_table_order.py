s = {100, 3, 17, 8, 1000, -5, 33}
event(s, len(s), 17 in s, 4 in s)
s.add(64)
s.discard(3)
s.remove(100)
event(sorted(s), list(s))
t = set(range(0, 60, 7))
event(t, t | {1, 2}, t & {0, 7, 99}, t - {0, 14}, {1, 2, 3} ^ {2, 3, 4})
u = {(1, 2), (3, 4), (0, 0), (-1, 5)}
event(list(u))
f = {1.5, 2.0, 0.25, -3.75}
event(list(f))
big = set()
for i in range(40):
    big.add(i * 37 % 101)
event(list(big))
event({x % 5 for x in range(20)}, {*[3, 1], *(2,)}, set())
event(s.pop(), s.pop(), len(s))
try:
    {[1]}
except TypeError as e:
    event("TypeError", e)
try:
    s.remove(12345)
except KeyError as e:
    event("KeyError", e)
fs = frozenset([3, 1, 2])
d = {fs: "frozen key"}
event(fs, len(fs), 2 in fs, d[frozenset([1, 2, 3])], {frozenset([1]), frozenset([1])}, frozenset())
event(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), fs == {1, 2, 3}, fs.union([4]))
