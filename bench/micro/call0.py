# The cost of a call: 100,000 calls of a function that returns at once (compare loop0).
def g():
    return None
def f():
    for i in range(100000):
        g()
f()
event("call0")
