# includes: named.py
# A job runner reports generator states with inspect and reads the current frame's locals
import inspect

class Lock(Named):
    died = "unlock"

def job(name):
    lock = Lock(name)
    try:
        step = yield "start"
        while step:
            step = yield step * 2
        return "done " + name
    finally:
        event("job finally", name, inspect.currentframe().f_code.co_name)

def where():
    frame = inspect.currentframe()
    caller = frame.f_back
    try:
        return caller.f_code.co_name, sorted(k for k in caller.f_locals if not k.startswith("_"))
    finally:
        del frame, caller

g = job("a")
event("state", inspect.getgeneratorstate(g))
event("first", next(g), inspect.getgeneratorstate(g))
event("send", g.send(5))
try:
    g.send(0)
except StopIteration as stop:
    event("returned", stop.value, inspect.getgeneratorstate(g))
h = job("b")
next(h)
def runner():
    local_job = h
    return where()
event("where", runner())
h.close()
event("closed", inspect.getgeneratorstate(h))
event("isgen", inspect.isgenerator(h), inspect.isfunction(job), inspect.isclass(Lock))
del g, h
event("end")
