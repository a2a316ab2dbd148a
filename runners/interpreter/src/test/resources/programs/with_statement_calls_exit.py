class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        event("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        event("exit", self.name, t.__name__ if t else None, v)
        return self.suppress

with CM("plain") as cm:
    event("body", cm.name)

with CM("suppressing", True):
    raise ValueError("hidden")
event("after suppress")

try:
    with CM("propagating"):
        raise KeyError("k")
except KeyError as e:
    event("caught", repr(e))

def ret():
    with CM("in function"):
        return "returned"

event(ret())
for i in range(2):
    with CM("loop " + str(i)):
        if i == 0:
            continue
        break
with CM("a") as a, CM("b") as b:
    event("two managers", a.name, b.name)
