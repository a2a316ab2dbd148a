# An order workflow moves through enum states with an allowed-transition table, and each order's history dies with it
from enum import Enum, auto

class Status(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    CANCELLED = auto()

    def can_go(self, other: "Status") -> bool:
        return other in ALLOWED[self]

ALLOWED = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: set(),
    Status.CANCELLED: set(),
}

class Order:
    def __init__(self, ref):
        self.ref = ref
        self.status = Status.NEW
        self.history = [Status.NEW]
    def move(self, to: Status):
        if not self.status.can_go(to):
            raise RuntimeError(f"{self.ref}: {self.status.name} -> {to.name} not allowed")
        self.status = to
        self.history.append(to)
    def __del__(self):
        event("order", self.ref, "freed at", self.status.name)

a, b = Order("A1"), Order("B2")
a.move(Status.PAID)
a.move(Status.SHIPPED)
try:
    b.move(Status.SHIPPED)
except RuntimeError as e:
    event("error", e)
b.move(Status["CANCELLED"])
event("a history", [s.name for s in a.history], "values", [s.value for s in a.history])
event("lookup", Status(2), Status.PAID is Status(2), len(Status), list(Status)[-1].name)
event("members", ", ".join(m.name.lower() for m in Status))
del a
b = None
event("end")
