# A for loop over a generator: 50,000 values yielded.
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
def f():
    t = 0
    for v in gen(50000):
        t += v
    return t
event("genloop", f())
