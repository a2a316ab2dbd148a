# includes: named.py
# Built-ins and exception classes of issue 3 that no other program used: print, id, object, dict, iter,
# big int literals, BaseException, StopAsyncIteration, MemoryError, gc.get_count, contextlib, WeakSet.
import gc, contextlib, weakref


class Res(Named):
    died = "del"



print("print goes to stdout, not to the events")
o = object()
event("object", type(o).__name__, id(o) == id(o), o is not object())
event("big literals", 123456789012345678901234567890 + 1, -98765432109876543210 // 7, 2 ** 64 == 18446744073709551616)

d = dict(a=Res("dict-kw"), b=2)
d2 = dict([("x", Res("dict-pair"))])
d3 = dict(d2, y=3)
event("dict", sorted(d), sorted(d3))
del d2
event("d2 gone, d3 keeps the value")
d3 = None
d = None

it = iter([Res("iter-elem")])
event("iter", type(it) is type(iter([])), iter(it) is it)
x = next(it)
event("took element")
del it
event("iterator gone")
x = None

try:
    raise BaseException("root")
except Exception:
    event("wrong handler")
except BaseException as e:
    event("BaseException", e.args, issubclass(Exception, BaseException))

event("StopAsyncIteration", issubclass(StopAsyncIteration, Exception), StopAsyncIteration("s").args)
try:
    raise MemoryError
except MemoryError as e:
    event("MemoryError", type(e).__name__, isinstance(e, Exception))

gc.collect()
event("get_count after collect", gc.get_count())


@contextlib.contextmanager
def managed(name):
    r = Res(name)
    event("enter", name)
    try:
        yield r
    finally:
        event("exit", name)

with managed("cm") as r:
    event("inside", r.name)
del r
event("after with")

ws = weakref.WeakSet()
a, b = Res("ws-a"), Res("ws-b")
ws.add(a)
ws.add(b)
event("weakset", len(ws), a in ws)
del a
event("weakset after del", len(ws), b in ws)
ws.discard(b)
event("discarded", len(ws))
b = None
