# An order book kept sorted with bisect: key= where the interpreter has it (3.10+), parallel key lists otherwise
import bisect

class Order:
    def __init__(self, oid, price):
        self.oid, self.price = oid, price
    def __repr__(self):
        return "%s@%d" % (self.oid, self.price)
    def __del__(self):
        event("order freed", self.oid)

try:
    bisect.bisect([], 0, key=None)
    HAS_KEY = True
except TypeError:
    HAS_KEY = False
event("key support", HAS_KEY)

book, prices = [], []
def place(order):
    if HAS_KEY:
        bisect.insort(book, order, key=lambda o: o.price)
    else:
        i = bisect.bisect_right(prices, order.price)
        prices.insert(i, order.price)
        book.insert(i, order)

for oid, price in (("a", 101), ("b", 99), ("c", 101), ("d", 100), ("e", 98)):
    place(Order(oid, price))
event("book", book)
lo = bisect.bisect_left([o.price for o in book], 100)
hi = bisect.bisect_right([o.price for o in book], 101)
event("100..101", book[lo:hi])
event("plain", bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect([], 5))
scores = [60, 70, 80, 90]
event("grades", ["FDCBA"[bisect.bisect(scores, s)] for s in (55, 60, 75, 99)])
filled = book.pop(0)
if prices:
    prices.pop(0)
event("filled", filled)
del filled
ins = []
for v in (5, 1, 3, 1):
    bisect.insort_left(ins, v)
event("insort_left", ins)
book.clear()
event("end")
