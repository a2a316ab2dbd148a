# __slots__ members loaded and stored at the same instructions while the class changes under them (a slot
# replaced by a property, then by a class attribute; a subclass's instances; an unset slot), and the hash
# slot a class's instances get in a set while the class's __hash__ and __eq__ are replaced: each access must
# see the class as it is now, and a store releases the old value at the store.
# includes: probe.py, x_access.py
class S:
    __slots__ = ("x", "y")


class T(S):
    __slots__ = ("z",)


s = S()
event("unset", load(s))
for i in range(3):
    store(s, Probe("v%d" % i))
    event("load", load(s).name)
t = T()
store(t, Probe("subclass"))
event("subclass", load(t).name)
del s.x
event("after del", load(s))
store(s, Probe("again"))
member = S.__dict__["x"]


S.x = property(get_x, set_x)
event("property", load(s), load(t))
store(s, Probe("through the property"))
S.x = member
event("member back", load(s).name, load(t).name)
store(t, Probe("subclass again"))
event("subclass again", load(t).name)
S.x = "class attribute"
event("class attribute", load(s))
try:
    store(s, Probe("read-only"))
except AttributeError as e:
    event("store refused", type(e).__name__)
S.x = member
event("member restored", load(s).name)
s = t = None
event("instances gone")


class H:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3


class K(H):
    pass


def bucket(items):
    try:
        return len(set(items))
    except TypeError as e:
        return "unhashable"


items = [K(i) for i in range(6)]
event("by __hash__", bucket(items), hash(items[4]))
H.__hash__ = lambda self: 5
event("__hash__ replaced", bucket(items), hash(items[4]))
K.__hash__ = lambda self: 2
event("K.__hash__ added", bucket(items), hash(items[4]))
del K.__hash__
event("K's own gone", bucket(items), hash(items[4]))
H.__hash__ = None
event("H.__hash__ = None", bucket(items))
del H.__hash__
event("H.__hash__ deleted", bucket(items) == 6)


class Q:
    def __eq__(self, other):
        return True


qs = [Q(), Q()]
event("__eq__ alone", bucket(qs))
Q.__hash__ = lambda self: 3
event("__hash__ added", bucket(qs), hash(qs[0]))
