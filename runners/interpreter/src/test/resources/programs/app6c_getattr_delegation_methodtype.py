# A wrapper delegating unknown attributes with __getattr__, methods grafted on with types.MethodType
# includes: named.py
import gc
import types

class Conn(Named):
    died = "conn closed"
    def send(self, data):
        return f"{self.name} sent {data}"

class Logged:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def logged(*args):
                self.calls.append(name)
                return attr(*args)
            return logged
        return attr

    def __del__(self):
        event("wrapper dropped", self.calls)

def retry(self, data, times=2):
    return [self.send(data) for _ in range(times)]

c = Conn("db")
w = Logged(c)
event("delegated", w.send("ping"), w.name, hasattr(w, "missing"))
w.retry = types.MethodType(retry, w)
event("grafted", w.retry("x"), type(w.retry).__name__, w.retry.__self__ is w)
bound = types.MethodType(retry, c)
event("bound to conn", bound("y", 1), bound.__func__ is retry)
del c
event("conn still held by wrapper and bound method")
del bound
event("bound dropped")
try:
    w.nothing
except AttributeError as exc:
    event("missing attribute", exc)
del w
event("wrapper deleted")
gc.collect()
event("collected")
event("end")
