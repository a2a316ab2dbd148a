# Generator-heavy: generators created, advanced with next() and send(), delegated to with yield from, and closed.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def doubled(n):
    yield from count(n)
    yield from count(n)

def echo():
    total = 0
    try:
        while True:
            x = yield total
            total += x
    finally:
        pass

s = 0
for k in range(300):
    for v in doubled(20):
        s += v
    g = echo()
    next(g)
    for i in range(20):
        s += g.send(i)
    g.close()
event("generators", s)
