# includes: a_n.py
import gc
gc.disable()

l = [0, 1, 2, 3, 4, 5]
event(l[1:3], l[:2], l[4:], l[::2], l[::-1], l[-2:], l[5:1:-2], "hello"[1:4], (1, 2, 3)[1:])
items = [A("s0"), A("s1"), A("s2"), A("s3")]
del items[1:3]
event("after del slice")
del items[:]
event("after del all")

class Base:
    def hello(self):
        return "Base"
    def __init__(self):
        event("Base.__init__")

class Left(Base):
    def hello(self):
        return "Left>" + super().hello()
    def __init__(self):
        event("Left.__init__")
        super().__init__()

class Right(Base):
    def hello(self):
        return "Right>" + super().hello()
    def __init__(self):
        event("Right.__init__")
        super().__init__()

class Diamond(Left, Right):
    def __init__(self):
        event("Diamond.__init__")
        super().__init__()

d = Diamond()
event(d.hello(), [c.__name__ for c in Diamond.__mro__], isinstance(d, Right))

class E1(Exception):
    def __init__(self, n):
        super().__init__(n)
        self.n = n

try:
    raise E1(7)
except E1 as e:
    event("E1", e.n, e.args, str(e))
try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    event("TypeError", "MRO" in str(e))
