# includes: named.py
# Bound methods keep their instance: types.MethodType attaches a plugin, SimpleNamespace holds config
import types

class Robot(Named):
    died = "del robot"
    def greet(self, other):
        return f"{self.name} greets {other}"

def dance(self, steps):
    return f"{self.name} dances {steps}"

r = Robot("r2")
r.dance = types.MethodType(dance, r)
event(r.dance(3), r.dance.__self__ is r, r.dance.__func__ is dance)
greet = r.greet
event("bound", greet("c3"), greet.__self__.name, greet.__func__ is Robot.greet, greet == r.greet)
cfg = types.SimpleNamespace(owner=Robot("owner"), speed=2)
cfg.extra = [1, 2]
event("ns", cfg.speed, sorted(vars(cfg)), cfg == types.SimpleNamespace(owner=cfg.owner, speed=2, extra=[1, 2]))
del cfg.owner
event("owner removed from ns")
callbacks = [Robot("temp").greet, greet]
event("temp bound method keeps it", callbacks[0]("x"))
callbacks.pop(0)
event("popped temp")
del r
event("r dropped; greet and r.dance cycle?")
del greet
callbacks = None
import gc
gc.collect()
event("end", type(types.FunctionType).__name__, isinstance(dance, types.FunctionType))
