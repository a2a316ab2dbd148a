def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            event("got", got)
        i += 1
    return "finished"

event(list(counter(3)))
g = counter(5)
event(next(g), g.send("hello"), next(g))
try:
    while True:
        next(g)
except StopIteration as e:
    event("StopIteration value", e.value)

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        event("finally ran")

g = with_finally()
event(next(g))
g.close()
event("closed")

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            event("caught in gen", e)

g = catcher()
next(g)
g.throw(ValueError("thrown"))
g.throw(ValueError("again"))
g.close()

def ignores():
    try:
        yield
    except GeneratorExit:
        yield "nope"

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    event("RuntimeError", e)

def inner():
    x = yield 1
    event("inner got", x)
    yield 2
    return "inner-result"

def outer():
    r = yield from inner()
    event("yield from returned", r)
    yield 3

g = outer()
event(next(g), g.send("sent"), next(g))
event([x * 2 for x in range(3)], list(x for x in range(3) if x != 1))

def never_started():
    event("body ran")
    yield

g = never_started()
del g
event("unstarted generator deleted")
try:
    g = counter(2)
    g.send(1)
except TypeError as e:
    event("TypeError", e)
