def f(a, b=2, *args, c, d=4, **kw):
    event("f", a, b, args, c, d, kw)
    return a + b

event("ret", f(1, c=3))
f(1, 5, 6, 7, c=3, z=9, y=8)
f(*[1, 2, 3], **{"c": 0})

def g(x, y):
    return x - y

event("kw", g(y=1, x=10), g(5, y=2))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

event("fact", fact(20), fact(30))

def noret():
    pass

event("noret", noret())
try:
    g(1)
except TypeError as e:
    event("TypeError", e)
try:
    g(1, 2, 3)
except TypeError as e:
    event("TypeError", e)
try:
    g(1, z=2)
except TypeError as e:
    event("TypeError", e)

counter = 0
def bump():
    global counter
    counter += 1

bump()
bump()
event("global", counter)
