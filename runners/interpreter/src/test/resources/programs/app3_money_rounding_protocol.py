# A Money value type that plugs into round(), math.floor/ceil/trunc and int() like the numeric tower does
import math

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d.%02d)" % divmod(self.cents, 100)
    def __round__(self, ndigits=None):
        event("round", self, ndigits)
        if ndigits is None:
            return (self.cents + 50) // 100
        step = 10 ** (2 - ndigits)
        return Money((self.cents + step // 2) // step * step)
    def __floor__(self):
        event("floor", self)
        return self.cents // 100
    def __ceil__(self):
        event("ceil", self)
        return -(-self.cents // 100)
    def __trunc__(self):
        event("trunc", self)
        return int(self.cents / 100)
    def __int__(self):
        event("int", self)
        return self.cents // 100
    def __del__(self):
        event("del", self)

price = Money(1999)
event("round()", round(price))
event("round(, 1)", round(price, 1))
event("round(, 0)", round(price, 0))
event("floor", math.floor(price))
event("ceil", math.ceil(price))
event("trunc", math.trunc(price))
event("int", int(price))
debt = Money(-250)
event("neg", math.floor(debt), math.ceil(debt), math.trunc(debt))
del debt
event("builtins", round(2.675, 2), round(7.5), round(8.5), round(-0.5), math.floor(-2.5), math.ceil(2.1))
event("int methods", round(1234, -2), math.trunc(-3.9), math.floor(7), round(15, -1), round(25, -1))
try:
    round("12")
except TypeError as e:
    event("TypeError", e)
try:
    math.floor(object())
except TypeError as e:
    event("TypeError", e)
event("end")
