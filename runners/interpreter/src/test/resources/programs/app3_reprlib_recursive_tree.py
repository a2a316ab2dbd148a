# A tree whose repr may loop back on itself: reprlib.recursive_repr guards it, reprlib.Repr truncates
import reprlib
import gc

class Tree:
    def __init__(self, label):
        self.label = label
        self.children = []
    def add(self, child):
        self.children.append(child)
        return child
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Tree(%s, %r)" % (self.label, self.children)
    def __del__(self):
        event("tree freed", self.label)

root = Tree("root")
a = root.add(Tree("a"))
a.add(Tree("a1"))
event("repr", repr(root))
a.add(root)
event("cyclic", repr(root))
event("wrapper", Tree.__repr__.__name__, Tree.__repr__.__qualname__)
short = reprlib.Repr()
short.maxlist = 3
short.maxstring = 8
event("short", short.repr(list(range(10))), short.repr("abcdefghijklmnop"))
event("module repr", reprlib.repr(list(range(20))), reprlib.repr({i: i for i in range(10)}))
del a
root = None
event("dropped")
gc.collect()
event("end")
