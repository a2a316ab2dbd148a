# Records as namedtuples with defaults; tooling reads the constructor's signature.
import inspect
from collections import namedtuple

class Payload:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("payload gone", self.name)

Job = namedtuple("Job", ["name", "priority", "payload"], defaults=[5, None])
Point = namedtuple("Point", "x y")

sig = inspect.signature(Job.__new__)
event("signature", str(sig))
event("params", [p.name for p in sig.parameters.values()])
event("defaults", Job.__new__.__defaults__, Job._field_defaults)
event("new name", Job.__new__.__name__, Job.__new__.__qualname__)
event("point sig", str(inspect.signature(Point)))

j1 = Job("build", payload=Payload("artifacts"))
j2 = Job("test", 1)
event("jobs", j1.name, j1.priority, j2.payload)
j3 = j1._replace(priority=9)
event("replaced", j3.priority, j3.payload is j1.payload)
del j1
event("j1 dropped")
del j3
event("j3 dropped")
for label, bad_call in [("missing", lambda: Job()), ("too many", lambda: Point(1, 2, 3))]:
    try:
        bad_call()
    except TypeError as e:
        event(label, e)
queue = [Job("q%d" % i, i, Payload("p%d" % i)) for i in range(3)]
queue.sort(key=lambda j: -j.priority)
event("order", [j.name for j in queue])
queue.pop()
event("popped lowest")
queue = None
event("end")
