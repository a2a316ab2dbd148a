# Route segments from consecutive waypoints with itertools.pairwise, or the tee recipe where it is missing
import itertools

try:
    from itertools import pairwise
    NATIVE = True
except ImportError:
    NATIVE = False
    def pairwise(iterable):
        a, b = itertools.tee(iterable)
        next(b, None)
        return zip(a, b)

class Waypoint:
    def __init__(self, name, km):
        self.name, self.km = name, km
    def __del__(self):
        event("waypoint freed", self.name)

def route():
    for name, km in (("A", 0), ("B", 12), ("C", 30), ("D", 31)):
        event("yield", name)
        yield Waypoint(name, km)

event("native", NATIVE)
for a, b in pairwise(route()):
    event("segment", a.name + b.name, b.km - a.km)
del a, b
event("after loop")
event("short", list(pairwise([1])), list(pairwise("abc")))
legs = [b.km - a.km for a, b in pairwise(route())]
event("legs", legs)
it = pairwise(route())
first = next(it)
event("first", first[0].name, first[1].name)
del first
event("first dropped")
del it
event("end")
