# operator.itemgetter/attrgetter/methodcaller (C): each holds what it was made with until it dies.
# includes: probe.py
import operator


class Row:
    def __init__(self, name, rank):
        self.name = name
        self.rank = rank
        self.meta = Probe("meta-" + name)

    def label(self, prefix, suffix="!"):
        return prefix + self.name + suffix


rows = [Row("b", 2), Row("a", 1), Row("c", 3)]
event("by rank", [r.name for r in sorted(rows, key=operator.attrgetter("rank"))])
event("names", operator.attrgetter("name", "meta.name")(rows[0]))
pairs = [(2, "two"), (1, "one")]
event("by first", sorted(pairs, key=operator.itemgetter(0)))
event("both", operator.itemgetter(1, 0)(pairs[0]))
caller = operator.methodcaller("label", "<", suffix=Probe("sfx").name)
event("called", caller(rows[1]))
held = operator.methodcaller("label", Probe("arg"))
event("methodcaller made")
del held
event("methodcaller gone")
del rows
event("end")
