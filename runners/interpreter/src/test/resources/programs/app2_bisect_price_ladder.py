# A price ladder with bisect: insort keeps (price, seq, order) entries sorted, bisect finds fills
import bisect

class Order:
    def __init__(self, oid, price):
        self.oid, self.price = oid, price
    def __repr__(self):
        return f"#{self.oid}@{self.price}"
    def __del__(self):
        event("del order", self.oid)

ladder = []
keys = []
for seq, price in enumerate([101, 99, 103, 99, 100]):
    o = Order(seq, price)
    i = bisect.bisect_right(keys, (price, seq))
    keys.insert(i, (price, seq))
    ladder.insert(i, o)
del o
event("ladder", ladder)
event("positions", bisect.bisect_left(keys, (99,)), bisect.bisect_right(keys, (99, 99)), bisect.bisect(keys, (100, 99)))
def fill_up_to(limit):
    cut = bisect.bisect_right(keys, (limit, float("inf")))
    filled = ladder[:cut]
    del ladder[:cut], keys[:cut]
    return filled
filled = fill_up_to(100)
event("filled", filled, "left", ladder)
filled.clear()
event("filled cleared")
grades = "FDCBA"
event("grades", [grades[bisect.bisect([60, 70, 80, 90], s)] for s in (55, 70, 89, 90)])
bisect.insort(keys, (102, 9))
event("keys", keys)
ladder = None
event("end")
