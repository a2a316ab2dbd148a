# includes: named.py
# A registry of weak references with callbacks: __callback__, getweakrefcount and the key in the callback
import weakref
import gc

class Service(Named):
    died = "del service"

registry = {}
def on_death(ref):
    name = names.pop(ref)
    event("callback", name, ref() is None)
    registry.pop(name)

names = {}
def register(obj):
    r = weakref.ref(obj, on_death)
    names[r] = obj.name
    registry[obj.name] = r
    return r

svc = [Service("auth"), Service("db"), Service("cache")]
refs = [register(s) for s in svc]
event("callback attr", refs[0].__callback__ is on_death)
event("counts", weakref.getweakrefcount(svc[0]), len(weakref.getweakrefs(svc[1])))
plain = weakref.ref(svc[1])
event("same plain ref", plain is weakref.ref(svc[1]), plain is refs[1], plain.__callback__)
del refs
svc.pop(1)
gc.collect()
event("registry", sorted(registry))
svc.clear()
gc.collect()
event("end", sorted(registry), sorted(names.values()))
