# call0 without the call: the same loop loading the function and dropping it.
def g():
    return None
def f():
    for i in range(100000):
        g
f()
event("loop0")
