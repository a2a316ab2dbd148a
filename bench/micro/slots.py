# __slots__ member load and store, and instances of a class with __hash__ hashed into a set: p.x = p.x + i
# 50,000 times, then 2,000 instances into a set.
class P:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return self.x


def f():
    p = P(0)
    for i in range(50000):
        p.x = p.x + i
    ps = [P(i) for i in range(2000)]
    return p.x, len(set(ps))
event("slots", *f())
