# includes: a_n.py
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a, *mid, z = (10, 20, 30, 40, 50)
p, *q = [0]
event(first, rest, init, last, a, mid, z, p, q)
for x, *ys in [(1, 2, 3), (4,)]:
    event("loop", x, ys)
try:
    m, n, *o = [1]
except ValueError as e:
    event("ValueError", e)
l = [A("s0"), A("s1"), A("s2"), A("s3")]
l[1:3] = [A("new")]
event("after slice assignment", len(l))
l[:] = []
event("after clear by slice")
