# A dataclass order model validates in __post_init__, derives fields, and its line items die with it
from dataclasses import dataclass, field
from typing import List

@dataclass
class Item:
    sku: str
    qty: int
    price: float = 0.0
    def __del__(self):
        event("item", self.sku, "freed")

@dataclass
class Order:
    customer: str
    items: List[Item] = field(default_factory=list)
    total: float = field(init=False, default=0.0)
    def __post_init__(self):
        if not self.customer:
            raise ValueError("customer required")
        self.total = round(sum(i.qty * i.price for i in self.items), 2)
        event("order for", self.customer, "total", f"{self.total:.2f}")
    def __del__(self):
        event("order", self.customer, "freed")

o = Order("ann", [Item("pen", 3, 1.5), Item("pad", 1, 4.25)])
event(repr(o.items[0]))
event("equal", Item("x", 1) == Item("x", 1))
try:
    Order("", [Item("ghost", 1, 1.0)])
except ValueError as e:
    event("rejected:", e)
o2 = Order("bob")
event("bob items", o2.items, o2.total)
del o
event("ann dropped")
o2.items.append(Item("cup", 2, 3.0))
del o2
event("end")
