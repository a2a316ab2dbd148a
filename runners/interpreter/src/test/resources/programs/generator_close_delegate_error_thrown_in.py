# gen_close: when closing the yield-from / await delegate raises, that error (not GeneratorExit) is thrown
# into the delegating frame at its yield from; catching it and yielding again is "generator ignored
# GeneratorExit", catching it and returning is a clean close. The same happens when the last reference dies.
# includes: d_n.py
import types

def inner(n):
    d = D(n)
    try:
        yield 1
    finally:
        raise ValueError("from inner close " + str(n))

def outer():
    try:
        yield from inner("a")
    except ValueError as e:
        event("outer caught", e)
        yield 2
    finally:
        event("outer finally")

g = outer()
event(next(g))
try:
    g.close()
except Exception as e:
    event("close raised", type(e).__name__, e)
del g

def outer2():
    d = D("outer2")
    try:
        yield from inner("b")
    except ValueError as e:
        event("outer2 caught", e)
g = outer2()
next(g)
g.close()
event("closed ok")
g = outer2()
next(g)
event("dropping")
del g
event("dropped")

class Closer:
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"
    def close(self):
        event("Closer.close")
        raise KeyError("closer")

async def co():
    d = D("co")
    try:
        await Closer()
    except KeyError as e:
        event("co caught", e)
        return 5

c = co()
event(c.send(None))
event("co close", c.close())

def outer3():
    try:
        yield from inner("c")
    finally:
        event("outer3 finally")
g = outer3()
next(g)
try:
    g.close()
except ValueError as e:
    event("close raised", e)
event("end")
