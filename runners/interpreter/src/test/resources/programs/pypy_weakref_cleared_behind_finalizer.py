# PyPy's incminimark clears weakrefs to objects only a queued finalizer reaches: they survive the collection
# (the finalizer may use them) but their weakrefs are dead; a callback waits for the lifeline's finalizer.
import gc, weakref
class Owner:
    def __init__(self, name):
        self.name = name
        self.node = Node(self)
    def __del__(self):
        event("owner finalized", self.name)
class Node:
    __slots__ = ("owner", "__weakref__")
    def __init__(self, owner):
        self.owner = owner
class Plain:
    pass
o = Owner("a")
node_ref = weakref.ref(o.node, lambda r: event("node callback"))
owner_ref = weakref.ref(o)
loose = Plain()
loose_ref = weakref.ref(loose, lambda r: event("loose callback"))
del o, loose
gc.collect()
event("after first", node_ref() is None, owner_ref() is None, loose_ref() is None)
gc.collect()
event("after second", node_ref() is None)
gc.collect()
event("end")
