# Invoice lines with str.format attribute/index fields, __format__ on a Money class and format_map
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"{self.cents / 100:.2f}"
        if spec:
            return format(text, spec)
        return text
    def __del__(self):
        event("del money", self.cents)

class Line:
    def __init__(self, name, qty, price):
        self.name, self.qty, self.price = name, qty, price

class Defaults(dict):
    def __missing__(self, key):
        return "<" + key + ">"

lines = [Line("widget", 3, Money(250)), Line("gadget", 10, Money(1999))]
for i, line in enumerate(lines):
    event("{0:>2}. {1.name:<8}|{1.qty:03d}|{1.price:>9}|".format(i + 1, line))
event("{items[1].name!r} costs {items[1].price}".format(items=lines))
event("{:*^20}".format("TOTAL"), "{:,}".format(1234567), "{:.1%}".format(0.256), "{:#x}".format(255))
width = 12
event(f"{'sum':>{width}}", f"{lines[0].qty * 2:+d}", f"{lines[1].price!s:.3}")
event("Dear {name}, your order {order} ships {when}".format_map(Defaults(name="Ann", when="today")))
total = Money(sum(l.qty * l.price.cents for l in lines))
event(f"{total=!s}"[:6], format(total, "^12"))
del line
lines.pop()
event("popped gadget")
del total
event("end")
