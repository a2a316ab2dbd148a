# type_new stores __hash__ = None beside an __eq__ defined without __hash__ (type_ready_set_hash); an __eq__
# assigned to a class later leaves its inherited hash alone; a subclass's own __eq__ hides an inherited __hash__.
import gc

class Key:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("key freed", self.name)

Key.__eq__ = lambda self, other: isinstance(other, Key) and self.name == other.name
table = {Key("late"): 1}
event("hashable after a late __eq__", len(table), "__hash__" in Key.__dict__)

class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x
    def __del__(self):
        event("point freed", self.x)

event("stored", "__hash__" in Point.__dict__, Point.__hash__, list(Point.__dict__)[-1])
try:
    {Point(1): "a"}
except TypeError as e:
    event("unhashable", e)

class Hashed(Point):
    __hash__ = object.__hash__

class Again(Hashed):
    def __eq__(self, other):
        return False

for cls in (Hashed, Again):
    try:
        hash(cls(2))
        event(cls.__name__, "hashable")
    except TypeError as e:
        event(cls.__name__, e)
del table
gc.collect()
event("end")
