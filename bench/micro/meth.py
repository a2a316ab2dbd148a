# Method calls on an instance: c.m(i), 30,000 times.
class C:
    def m(self, x):
        return x
def f():
    c = C()
    for i in range(30000):
        c.m(i)
f()
event("meth")
