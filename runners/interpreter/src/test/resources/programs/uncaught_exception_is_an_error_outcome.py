event("before")
def f():
    raise ValueError("bad value")
f()
event("not reached")
