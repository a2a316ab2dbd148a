import sys
class A:
    pass
a = A()
event("one name", sys.getrefcount(a))
b = a
event("two names", sys.getrefcount(a))
l = [a, a]
event("in list twice", sys.getrefcount(a))
del l, b
event("back", sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
event("as argument", f(a))
