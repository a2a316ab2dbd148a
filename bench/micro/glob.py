# Global name loads in a function: 50,000 times.
G = 1
def f():
    t = 0
    for i in range(50000):
        t = G
    return t
event("glob", f())
