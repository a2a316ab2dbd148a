# enumerate and zip (C, Python/bltinmodule.c and Objects/enumobject.c) hand out their kept result tuple again when
# nobody else holds it: the previous items live until the next step replaces them or the iterator dies. map_dealloc
# releases its iterators (last first) before its function; zip_dealloc its iterators before its kept tuple.
import gc


class R:
    def __init__(self, n):
        self.n = n
        event("new", n)

    def __del__(self):
        event("del", self.n)

    def __call__(self, *args):
        return args[0]


def src(tag, k):
    for i in range(k):
        yield R(tag + str(i))
    event("exhausted", tag)


class Src:
    def __init__(self, tag, k):
        self.it = src(tag, k)
        self.tag = tag

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)

    def __del__(self):
        event("del iterator", self.tag)


e = enumerate(src("e", 3))
i, x = next(e)
del i, x
event("first taken; the tuple keeps e0")
i, x = next(e)
event("second taken", x.n)
del i, x
del e
event("enumerate gone")

kept = list(enumerate(src("l", 2)))
event("listed")
del kept

z = zip(Src("a", 2), Src("b", 1))
a, b = next(z)
del a, b
event("zip step; the tuple keeps a0 b0")
event("exhausting", next(z, "done"))
event("a1 replaced a0 but b ran out")
del z
event("zip gone")

m = map(R("f"), Src("p", 1), Src("q", 1))
event("map", next(m).n)
del m
event("map gone")

flt = filter(R("g"), Src("r", 1))
del flt
event("filter gone")

for n, (u, v) in enumerate(zip(src("x", 2), map(lambda r: r, src("y", 2)))):
    event("pipe", n, u.n, v.n)
    del u, v
event("after pipe")

d = {R("k"): R("v")}
for k, v in d.items():
    del k, v
    event("item")
d.clear()
event("cleared")
gc.collect()
event("end")
