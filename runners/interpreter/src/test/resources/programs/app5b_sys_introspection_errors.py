# sys helpers used by a debugging utility: refcounts, the current exception, frames and recursion limits
import sys

class Payload:
    def __del__(self):
        event("payload freed")

def caller_name():
    return sys._getframe(1).f_code.co_name

def handler():
    return caller_name()

def current_error():
    if hasattr(sys, "exception"):
        return sys.exception()
    return sys.exc_info()[1]

refcount = getattr(sys, "getrefcount", lambda o: 0)
p = Payload()
base = refcount(p)
holder = [p, p]
event("refcount grows by", refcount(p) - base)
holder.clear()
event("refcount back", refcount(p) == base, handler())

def risky(obj):
    raise ValueError("bad payload", obj)

try:
    risky(p)
except ValueError:
    t, v, tb = sys.exc_info()
    event("inside", t.__name__, v.args[0], tb.tb_frame.f_code.co_name, current_error() is v)
    del t, v, tb
event("after except", sys.exc_info(), current_error())
del p
event("p deleted")

a = sys.intern("".join(["life", "line"]))
b = sys.intern("lifeline")
event("interned", a is b, type(sys.getrecursionlimit()).__name__)

def depth(n):
    return depth(n + 1)

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    depth(0)
except RecursionError as e:
    event("recursion", type(e).__name__, "recursion" in str(e))
finally:
    sys.setrecursionlimit(old)
event("limit restored", sys.getrecursionlimit() == old)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError:
    err = current_error()
    event("chained", type(err.__context__).__name__, err.__context__.args, err.__suppress_context__)
event("end")
