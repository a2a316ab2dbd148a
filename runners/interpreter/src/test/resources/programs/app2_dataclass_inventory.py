# includes: named.py
# An inventory of dataclasses: default_factory lists, order=True sorting, fields() and asdict()
from dataclasses import dataclass, field, fields, asdict

class Tag(Named):
    died = "del tag"

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)
    def __del__(self):
        event("del item", self.name)

stock = [Item(3.5, "pen"), Item(1.25, "clip", [Tag("office")]), Item(9.0, "lamp", [Tag("home"), Tag("light")])]
stock[0].tags.append(Tag("desk"))
event("names", [f.name for f in fields(Item)], [f.compare for f in fields(Item)])
cheapest = min(stock)
event("cheapest", cheapest, cheapest < stock[2], stock[0] == Item(3.5, "other"))
event("asdict", asdict(stock[1]))
ordered = sorted(stock, reverse=True)
event("ordered", [i.name for i in ordered])
stock.remove(cheapest)
del cheapest
event("clip still in ordered")
ordered.pop()
event("popped clip")
lamp = stock.pop()
lamp.tags.pop(0)
event("popped home tag")
del lamp, ordered
event("end", stock)
