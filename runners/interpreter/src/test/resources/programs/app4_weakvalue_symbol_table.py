# Interned symbols in a WeakValueDictionary: a symbol lives while some code holds it
import gc
import weakref

class Symbol:
    __slots__ = ("name", "__weakref__")
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Symbol(%s)" % self.name
    def __del__(self):
        event("symbol freed", self.name)

_table = weakref.WeakValueDictionary()

def intern(name):
    sym = _table.get(name)
    if sym is None:
        sym = _table.setdefault(name, Symbol(name))
        event("created", name)
    return sym

a = intern("alpha")
b = intern("beta")
event("same", intern("alpha") is a, len(_table))
held = list(_table.values())
del a, b
event("held by list", sorted(s.name for s in held))
held.clear()
gc.collect()
event("after clear", sorted(_table.keys()))
c = intern("gamma")
d = _table.pop("gamma")
event("popped", d is c, "gamma" in _table)
del c, d
gc.collect()
e = intern("delta")
for key, sym in list(_table.items()):
    event("item", key, sym)
del sym, e
gc.collect()
event("end", len(_table))
