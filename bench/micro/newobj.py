# Instances created with __init__ and dropped at once: 20,000 times.
class N:
    def __init__(self, v):
        self.v = v
def f():
    for i in range(20000):
        N(i)
f()
event("newobj")
