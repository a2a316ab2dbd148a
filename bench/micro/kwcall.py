# Calls with a keyword argument and a default: 20,000 calls.
def add(a, b, c=1):
    return a
def f():
    acc = 0
    for i in range(20000):
        acc = add(acc, i, c=2)
    return acc
event("kwcall", f())
