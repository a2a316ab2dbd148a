# itertools (C, Modules/itertoolsmodule.c): what each iterator keeps between steps and in what order it lets go.
# includes: a_n_del.py
import gc
import itertools


class R(A):
    def __repr__(self):
        return self.n


def src(tag, k):
    for i in range(k):
        yield R(tag + str(i))
    event("exhausted", tag)


for a, b in itertools.product([R("p"), R("q")], [R("x")]):
    event("product", a.n, b.n)
    del a, b
event("after product")

c = itertools.combinations([R("c0"), R("c1"), R("c2")], 2)
first = next(c)
second = next(c)
event("held pair", first, second)
del c
event("combinations gone")
del first, second
event("pairs gone")

for x in itertools.chain(src("a", 2), src("b", 1)):
    event("chain", x.n)
    del x
event("after chain")

for x in itertools.chain.from_iterable([src("f", 1), src("g", 1)]):
    event("from_iterable", x.n)
    del x

acc = itertools.accumulate(src("n", 3), lambda t, v: R(t.n + "+" + v.n))
for total in acc:
    event("total", total.n)
    del total
event("acc exhausted")
del acc
event("acc gone")

for key, group in itertools.groupby(src("k", 4), key=lambda r: int(r.n[1:]) // 2):
    event("group", key, [r.n for r in group])
    del group
event("after groupby")

isl = itertools.islice(src("s", 5), 1, 4, 2)
for x in isl:
    event("islice", x.n)
    del x
event("islice done")
del isl

t1, t2 = itertools.tee(src("t", 3))
event("tee first", next(t1).n)
event("tee first again", next(t1).n)
del t1
event("t1 gone")
event("t2", next(t2).n)
del t2
event("tees gone")

for x, y in itertools.zip_longest(src("l", 2), src("m", 1), fillvalue=R("fill")):
    event("zl", x.n, y.n)
    del x, y
event("after zip_longest")

cyc = itertools.cycle(src("y", 2))
event("cycle", next(cyc).n, next(cyc).n, next(cyc).n)
del cyc
event("cycle gone")

rep = itertools.repeat(R("rep"), 2)
event("repeat", [r.n for r in rep])
del rep

for x in itertools.dropwhile(lambda r: r.n < "d2", src("d", 4)):
    event("dropwhile", x.n)
    del x
for x in itertools.takewhile(lambda r: r.n < "w1", src("w", 3)):
    event("takewhile", x.n)
    del x
event("after while")
for x in itertools.filterfalse(lambda r: r.n == "z1", src("z", 3)):
    event("filterfalse", x.n)
    del x
for x in itertools.compress(src("o", 3), [1, 0, 1]):
    event("compress", x.n)
    del x
event("after compress")
for x in itertools.starmap(lambda a, b: R(a + b), [("s", "1"), ("s", "2")]):
    event("starmap", x.n)
    del x
for x in itertools.permutations([R("e0"), R("e1")]):
    event("perm", x)
    del x
event("count", list(itertools.islice(itertools.count(5, 2), 3)))
for x in itertools.combinations_with_replacement([R("r0"), R("r1")], 2):
    event("cwr", x)
event("cwr held", x)
del x
gc.collect()
event("end")
