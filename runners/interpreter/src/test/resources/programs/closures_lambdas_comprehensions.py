def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
c()
c()
event("counter", c())

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

event("adders", [f(10) for f in adders()])
sq = lambda n: n * n
event("lambda", sq(7), (lambda: "noargs")())

def outer():
    x = "outer-x"
    def middle():
        def inner():
            return x
        return inner()
    return middle()

event("nested free", outer())
event("dictcomp", {k: k * 2 for k in range(3)})
event("nested comp", [(a, b) for a in range(3) for b in range(a) if b != 1])
event("genexp sum", sum(x * x for x in range(4)))
y = 10
event("comp sees globals", [y + i for i in range(2)])
