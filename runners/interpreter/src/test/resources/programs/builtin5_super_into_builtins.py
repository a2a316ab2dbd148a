# Classes deriving from object, dict, list, str, int and tuple that reach the built-in types' own special methods
# through super() and explicit calls (object.__setattr__, dict.__setitem__, int.__repr__...), with their deaths (issue 18, g3).
class A:
    def __init__(self):
        object.__setattr__(self, "x", 1)
        super().__init__()
    def __repr__(self):
        return "A:" + super().__repr__()[:3]
    def __str__(self):
        return "S" + super().__str__()[:3]
    def __format__(self, spec):
        return "F" + super().__format__(spec)[:3]
    def __hash__(self):
        return super().__hash__() * 0 + 7
    def __getattr__(self, name):
        return name.upper()
a = A()
class Gone:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("del", self.name)
event(repr(a), str(a), format(a, ""), hash(a), a.x, a.zz, object.__getattribute__(a, "x"))
class D(dict):
    def __setitem__(self, k, v):
        event("set", k)
        dict.__setitem__(self, k, v * 2)
    def __repr__(self):
        return "D" + dict.__repr__(self)
d = D()
d["a"] = 1
event(repr(d), d.__len__(), dict.__len__(d), dict.__contains__(d, "a"), d.__eq__({"a": 2}))
class L(list):
    def __init__(self, it):
        super().__init__(it)
        event("init", list.__len__(self))
    def __eq__(self, o):
        return super().__eq__(o)
l = L([1, 2])
event(l == [1, 2], l != [1], l.__add__([3]), list.__repr__(l))
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip())
    def __eq__(self, o):
        return str.__eq__(self.lower(), o.lower())
    def __hash__(self):
        return str.__hash__(self.lower())
s = S("  Hi ")
event(s, s == "HI", len({s, S("hi")}), s.__len__(), str.__len__(s))
class N(int):
    def __add__(self, o):
        r = super().__add__(o)
        return r if r is NotImplemented else N(r)
    def __repr__(self):
        return "N(%s)" % int.__repr__(self)
n = N(3)
event(n + 4, n + 1.5, 2 + n, type(n + 4).__name__)
class T(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __lt__(self, o):
        return tuple.__lt__(self, o)
event(T(1, 2) < T(1, 3), T(1) < (0,), sorted([T(2), T(1)]))
event(object.__ne__(a, a), object.__ne__(a, 1), object.__lt__(a, a))
keep = [Gone("kept-" + str(x)) for x in range(2)]
dict.__setitem__(d, "g", Gone("in-dict"))
del d
event("after del d")
l.append(Gone("in-list"))
l = None
event("after l")
del keep[0]
event("end", len(keep))
