# Who holds this object? gc.get_referrers/get_referents and gc.is_tracked when hunting a leak
import gc

class Session:
    def __init__(self, user):
        self.user = user
        self.tags = ["fresh"]
    def __del__(self):
        event("session closed", self.user)

registry = {}
history = []

def open_session(user):
    s = Session(user)
    registry[user] = s
    history.append((user, s))
    return s

s = open_session("ann")
holders = [r for r in gc.get_referrers(s) if r is registry or r is history[0]]
event("holders", len(holders), any(type(h) is dict for h in holders), any(type(h) is tuple for h in holders))
refs = gc.get_referents(s)
event("referents", [type(r).__name__ for r in refs if type(r) is dict], s.__dict__ in refs)
event("dict referents", sorted(x for x in gc.get_referents(s.__dict__) if isinstance(x, str)))
if hasattr(gc, "is_tracked"):
    event("tracked", gc.is_tracked(s), gc.is_tracked(1), gc.is_tracked("x"), gc.is_tracked([]), gc.is_tracked(()))
    event("tuple of atoms", gc.is_tracked((1, 2)), gc.is_tracked((1, [])))
else:
    event("no is_tracked")
del s
event("dropped local", "ann" in registry)
registry.pop("ann")
event("popped from registry")
history.clear()
event("history cleared")
t = Session("bob")
t.self_ref = t
event("cycle referents", t in gc.get_referents(t.__dict__))
del t
event("cycle dropped")
event("collect returns", type(gc.collect()).__name__)
event("objects has list", any(o is history for o in gc.get_objects()))
event("end")
