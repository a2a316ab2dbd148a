class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
    def describe(self):
        return self.kind + ":" + str(self.v)
    def __repr__(self):
        return "Base(" + repr(self.v) + ")"

class Child(Base):
    kind = "child"
    def describe(self):
        return "child says " + Base.describe(self)

b = Base(1)
c = Child(2)
event(b.describe(), c.describe(), repr(c), str(b), isinstance(c, Base), issubclass(Child, Base))
m = c.describe
event("bound", m(), type(c).__name__, Child.kind, c.kind)
c.kind = "instance"
event("shadow", c.kind, Child.kind, hasattr(c, "v"), hasattr(c, "nope"), getattr(c, "nope", "dflt"))

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i * 10
    def __iter__(self):
        return Iter(self.n)
    def __contains__(self, x):
        return x == 42
    def __call__(self, a):
        return "called " + str(a)
    def __getattr__(self, name):
        return "dynamic " + name
    def __str__(self):
        return "Seq of " + str(self.n)
    def __eq__(self, other):
        return isinstance(other, Seq) and other.n == self.n
    def __add__(self, other):
        return Seq(self.n + other.n)
    def __lt__(self, other):
        return self.n < other.n

class Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

s = Seq(3)
event(len(s), s[2], list(s), 42 in s, 1 in s, s(5), s.whatever, str(s), bool(s), bool(Seq(0)))
event(s == Seq(3), s != Seq(4), (s + Seq(2)).n, s < Seq(5), sorted([Seq(2), Seq(1)])[0].n)
setattr(s, "extra", 1)
event("setattr", s.extra)
event(callable(s), callable(1), type(1).__name__, type("x") is str)
