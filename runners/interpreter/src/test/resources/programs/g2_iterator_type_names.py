# includes: named.py
# A debugging helper labels the iterators a pipeline holds by their type names, and frees the sources they keep
class Source(Named):
    died = "source freed"

class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __getitem__(self, i):
        return self.cards[i]

def label(it):
    return type(it).__name__

items = [Source("a"), Source("b")]
config = {"x": Source("c")}
held = {
    "list": iter(items),
    "tuple": iter(tuple(items)),
    "ascii": iter("abc"),
    "text": iter("caf\u00e9"),
    "keys": iter(config),
    "values": iter(config.values()),
    "items": iter(config.items()),
    "set": iter({1, 2}),
    "frozenset": iter(frozenset("ab")),
    "range": iter(range(3)),
    "bytes": iter(b"ab"),
    "bytearray": iter(bytearray(b"ab")),
    "getitem": iter(Deck([1, 2])),
    "reversed list": reversed(items),
    "reversed tuple": reversed(tuple(items)),
    "reversed range": reversed(range(4)),
    "reversed str": reversed("ab"),
    "reversed dict": reversed(config),
    "reversed keys": reversed(config.keys()),
    "reversed values": reversed(config.values()),
    "reversed items": reversed(config.items()),
}
for name, it in held.items():
    event(name, label(it), repr(it).startswith("<" + label(it) + " object at"))
import weakref
deck = Deck([])
event("weakref type", type(weakref.ref(deck)).__name__, type(weakref.ref(deck)).__module__)
event("same type", type(iter([])) is type(iter([1])), type(iter(())) is type(iter([])))
event("first", next(held["list"]).name, next(held["reversed list"]).name, next(held["values"]).name)
order = {"k1": 1, "k2": 2, "k3": 3}
event("reversed order", list(reversed(order)), list(reversed(order.values())), list(reversed(order.items()))[0])
del items, config
event("sources dropped")
held.clear()
event("iterators dropped")
event("end")
