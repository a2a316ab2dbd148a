# includes: named.py
# Chat rooms track members in WeakSets; membership checks use set algebra, members leave by dying
import weakref
import gc

class User(Named):
    died = "user gone"
    def __repr__(self):
        return self.name

def names(ws):
    return sorted(u.name for u in ws)

alice, bob, carol, dave = User("alice"), User("bob"), User("carol"), User("dave")
general = weakref.WeakSet([alice, bob, carol])
admins = weakref.WeakSet([alice, dave])
everyone = general | admins
event("everyone", names(everyone), len(everyone))
event("subset", admins <= everyone, general <= everyone, admins <= general)
event("both", names(general & admins), "only general", names(general - admins))
event("either-but-not-both", names(general ^ admins))
event("union method", names(general.union([dave])), general.issubset(everyone), everyone.issuperset(admins))
event("isdisjoint", general.isdisjoint(weakref.WeakSet([dave])))
everyone.discard(bob)
event("discard", names(everyone), bob in general)
del bob
gc.collect()
event("after bob", names(general), len(general))
del alice
gc.collect()
event("after alice", names(general), names(admins), names(everyone))
admins.add(carol)
event("carol admin", names(admins), carol in admins)
snapshot = sorted(admins, key=lambda u: u.name)
event("snapshot", sorted(u.name for u in snapshot))
del carol, dave
gc.collect()
event("snapshot keeps", names(admins))
snapshot.clear()
gc.collect()
event("end", len(admins), len(general), len(everyone))
