# includes: named.py
class Key(Named):
    died = "__del__"
    def __hash__(self):
        event("hash", self.name)
        return self.h
    def __eq__(self, other):
        event("eq", self.name, other.name)
        return isinstance(other, Key) and self.name == other.name

d = {}
d[Key("a", h=1)] = "A"
d[Key("b", h=1)] = "B"
event("lookup", d[Key("b", h=1)])
event("contains", Key("c", h=2) in d)
s = {Key("x", h=5), Key("y", h=5)}
event("set size", len(s))
del d
del s

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    event("TypeError", e)
event("hash -1", hash(Key("m", h=-1)))
