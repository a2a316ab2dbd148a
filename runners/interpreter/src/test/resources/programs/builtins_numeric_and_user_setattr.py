# includes: a_n.py
class Tracked:
    def __setattr__(self, name, value):
        event("setattr", name)
        super().__setattr__(name, value)

t = Tracked()
t.x = A("first")
t.x = A("second")
event("value", t.x.n)
del t
event(abs(-3), abs(2.5), divmod(17, 5), divmod(-17, 5), round(2.5), round(3.5), round(7))
event(chr(65), ord("a"), hex(255), bin(5), hex(-16), hash(42), hash(-1), hash((1, 2)) == hash((1, 2)))
