# includes: named.py
# A generator delegating with yield from: values, send, throw into the subgenerator and its return value
class Chunk(Named):
    died = "chunk freed"

class Retry(Exception):
    pass

def read_block(start):
    chunk = Chunk(start)
    received = []
    try:
        for i in range(start, start + 3):
            try:
                got = yield i
            except Retry:
                event("sub retry at", i)
                got = yield -i
            if got is not None:
                received.append(got)
        return received
    finally:
        event("sub finally", start)

def reader():
    total = []
    for start in (10, 20):
        got = yield from read_block(start)
        event("block returned", start, got)
        total.extend(got)
    return total

g = reader()
event("first", next(g), g.send("a"))
event("throw", g.throw(Retry()))
event("continue", g.send("b"), g.send("c"))
event("next block", next(g))
try:
    g.throw(KeyError("stop"))
except KeyError as e:
    event("propagated", e)
event("gen done", g.gi_frame)
g2 = reader()
next(g2)
event("closing mid-delegation")
g2.close()
del g, g2
event("end")
