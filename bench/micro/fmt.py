# Ints formatted by % and by a format spec: 20,000 times each.
def f():
    n = 0
    for i in range(20000):
        n += len("r%d" % i) + len(f"{i:d}")
    return n
event("fmt", f())
