# Layered settings with ChainMap and total_ordering versions: the override layer dies when the scope ends
from collections import ChainMap
from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __del__(self):
        event("del", repr(self))

defaults = {"version": Version("1.0"), "debug": False, "name": "app"}
env = {"debug": True}
settings = ChainMap(env, defaults)
event(settings["debug"], settings["name"], settings["version"])
def scoped(overrides):
    local = settings.new_child(overrides)
    event("in scope", local["version"], local["debug"], len(local))
    return local["version"] >= Version("1.5")
event("newer", scoped({"version": Version("2.1")}))
event("after scope")
versions = sorted([Version("1.10"), Version("1.2"), Version("1.2.1")])
event("sorted", versions, Version("1.2") <= versions[0], max(versions))
settings.maps[1]["version"] = Version("1.1")
event("replaced default")
del versions
event("end")
