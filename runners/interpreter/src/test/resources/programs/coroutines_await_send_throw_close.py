# includes: a_n.py
import gc, types
gc.disable()

@types.coroutine
def suspend(tag):
    got = yield tag
    event("suspend resumed with", got)
    return "suspend-" + tag

class Awaitable:
    def __await__(self):
        x = yield "from __await__"
        return "awaited " + str(x)

async def leaf(n):
    keep = A("leaf-local-" + str(n))
    r = await suspend("s" + str(n))
    return r + "!"

async def main():
    a = await leaf(1)
    event("leaf returned", a)
    b = await Awaitable()
    event("Awaitable gave", b)
    try:
        await suspend("to-throw")
    except ValueError as e:
        event("main caught", e)
    return "main done"

c = main()
event("created", type(c).__name__)
event("send None ->", c.send(None))
event("send 'x' ->", c.send("x"))
event("send 'y' ->", c.send("y"))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    event("StopIteration", e.value)

async def closing():
    try:
        await suspend("c")
    finally:
        event("closing finally")

c = closing()
c.send(None)
c.close()
event("closed")

async def dropped():
    local = A("dropped-local")
    try:
        await suspend("d")
    finally:
        event("dropped finally")

c = dropped()
c.send(None)
del c
event("after del")

def plain_gen():
    try:
        yield 1
        yield 2
    except KeyError:
        event("inner caught KeyError")
        yield 3

def delegating():
    r = yield from plain_gen()
    event("delegate returned", r)
    yield 4

g = delegating()
event(next(g), g.throw(KeyError("k")), next(g))
try:
    for x in main():
        pass
except TypeError as e:
    event("TypeError", e)
