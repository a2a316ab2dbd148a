# includes: named.py
# types.MappingProxyType: a read-only view holding its dict (the dict lives while the view does), forwarding
# lookups, len, iteration, get/keys/values/items/copy and ==; item assignment and deletion are TypeErrors.
import types, gc
class Setting(Named):
    died = "setting freed"
config = {"debug": Setting("debug"), "level": Setting("level")}
view = types.MappingProxyType(config)
event(type(view).__name__, len(view), "debug" in view, view["level"].name, sorted(view), bool(view))
event(view.get("missing", "dflt"), sorted(view.keys()), [s.name for s in view.values()], len(view.items()))
config["extra"] = Setting("extra")
event("sees new key", len(view), view == config, view != config)
try:
    view["x"] = 1
except TypeError as e:
    event("TypeError", e)
try:
    del view["debug"]
except TypeError as e:
    event("TypeError", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    event("TypeError", e)
c = view.copy()
event("copy", type(c).__name__, sorted(c))
del c
del config
event("config name gone", len(view))
view = None
event("view dropped")
event(repr(types.MappingProxyType({"a": 1})))
gc.collect()
event("end")
