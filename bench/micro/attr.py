# Instance attribute load and store: c.n = c.n + i, 50,000 times.
class C:
    def __init__(self):
        self.n = 0
def f():
    c = C()
    for i in range(50000):
        c.n = c.n + i
    return c.n
event("attr", f())
