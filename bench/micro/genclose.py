# Generators suspended in try/finally and closed: 3,000 times.
def gen():
    try:
        yield 1
    finally:
        pass
def f():
    for i in range(3000):
        g = gen()
        next(g)
        g.close()
f()
event("genclose")
