# Serializing domain objects with json.dumps(default=...) and reading them back with object_hook
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __del__(self):
        event("point freed", self.x, self.y)

def encode(obj):
    event("default", type(obj).__name__)
    if isinstance(obj, Point):
        return {"__point__": [obj.x, obj.y]}
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError("no")

def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

shape = {"name": "tri", "pts": [Point(0, 0), Point(1, 0)], "tags": {"b", "a"}}
text = json.dumps(shape, default=encode, sort_keys=True)
event("json", text)
del shape
event("shape dropped")
back = json.loads(text, object_hook=decode)
event("loaded", back["name"], [(p.x, p.y) for p in back["pts"]], back["tags"])
event("pretty", json.dumps({"b": [1, 2], "a": None}, indent=1, sort_keys=True).splitlines())
event("separators", json.dumps([1, {"k": True}], separators=(",", ":")), json.dumps("é"), json.dumps("é", ensure_ascii=False))
event("floats", json.dumps(1.0), json.dumps(0.1), json.loads("1e3"), json.loads("[1, 2.5, \"x\", null, false]"))
try:
    json.dumps(object(), default=encode)
except TypeError as e:
    event("TypeError", e)
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    event("JSONDecodeError", e.pos, isinstance(e, ValueError))
back = None
event("end")
