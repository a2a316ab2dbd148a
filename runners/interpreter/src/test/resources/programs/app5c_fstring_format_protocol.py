# Report formatting with f-strings: nested specs, conversions, = specifiers and a custom __format__
import gc

class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency
    def __format__(self, spec):
        event("format called", repr(spec))
        if spec.endswith("c"):
            return f"{self.cents}c"
        amount = self.cents / 100
        return f"{amount:{spec or '.2f'}} {self.currency}"
    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.cents / 100:.2f}{self.currency}"
    def __del__(self):
        event("money freed", self.cents)

def line(label, value, width=12, prec=2):
    return f"{label:<{width}}|{value:>{width}.{prec}f}|"

event(line("rent", 1200.5))
event(line("coffee", 3.14159, width=8, prec=3))
price = Money(1999)
event(f"{price}")
event(f"{price:10.1f}")
event(f"{price!s} / {price!r}")
event(f"{price:c}")
qty = 3
event(f"{qty=}, {qty * 2 = }, {price=!s}")
event(f"{'café'!a} {'café'!r} {str(price)!a}")
width = 6
event(f"[{'x':^{width}}] [{42:0{width}d}] [{255:#0{width}x}] [{1234567:,}] [{0.25:.0%}]")
event(f"{{literal}} {qty:{'>' if qty > 1 else '<'}5}")
items = [Money(c) for c in (250, 75)]
event(f"total: {sum(m.cents for m in items) / 100:.2f}")
event("joined", ", ".join(f"{m:.1f}" for m in items))
del items
event("items dropped")
data = {"name": "Ada", "scores": [90, 85]}
event(f"{data['name']:>6} {data['scores'][1]:+d} {len(data)=}")
tmp = f"{Money(5)!r}"
event("temporary formatted", tmp)
price = None
event("price replaced")
gc.collect()
event("end")
