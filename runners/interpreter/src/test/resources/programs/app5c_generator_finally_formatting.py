# includes: named.py
# Generators with return values and yield from, try/finally with return/break/continue, str.format and % fields
import gc

class Lock(Named):
    died = "lock freed"

def with_finally(kind):
    for i in range(3):
        lock = Lock(f"{kind}{i}")
        try:
            if kind == "continue" and i < 2:
                continue
            if kind == "break" and i == 1:
                break
            if kind == "return":
                return lock.name
        finally:
            event("finally", kind, i)
    return "loop done"

for kind in ("continue", "break", "return"):
    event("result", kind, with_finally(kind))

def overriding():
    try:
        return "try"
    finally:
        event("finally overrides")
        return "finally"
event("override", overriding())

def reader(name, n):
    lock = Lock(name)
    total = 0
    for i in range(n):
        total += yield i
    return f"{name}={total}"

def pipeline():
    a = yield from reader("r1", 2)
    event("sub returned", a)
    b = yield from reader("r2", 1)
    return [a, b]

g = pipeline()
next(g)
try:
    while True:
        g.send(10)
except StopIteration as stop:
    event("pipeline returned", stop.value)
g2 = pipeline()
next(g2)
g2.close()
event("closed mid-way")

class Item(Named):
    died = "item freed"
    def __repr__(self):
        return f"<Item {self.name}>"

it = Item("lamp", tags=["home", "light"])
event("{0.name} tagged {0.tags[1]} as {1!r}".format(it, "x"))
event("{item!r:>12}|{item.tags[0]:^8}|{n:04d}".format(item=it, n=7))
event("%s costs %.2f (%d%%) %r" % (it.name, 9.5, 20, it))
event("%(name)s-%(qty)03d" % {"name": "bolt", "qty": 5})
event("%-6s|%+d|%x|%e" % ("ab", 5, 255, 12345.678))
fmt = "{0.name}".format
event(fmt(Item("temp", tags=[])))
del it, fmt
gc.collect()
event("end")
