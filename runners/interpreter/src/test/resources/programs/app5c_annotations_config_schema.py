# includes: named.py
# A config schema built from class annotations: evaluation order, __annotations__ and annotated locals
import gc
import weakref

def note(label, value):
    event("evaluating", label)
    return value

class Field(Named):
    died = "field freed"

retries: note("module annotation", int) = note("module value", 3)
timeout: float
event("module annotations", sorted(__annotations__))

class Settings:
    host: note("host ann", str) = note("host value", "localhost")
    port: int = 8080
    debug: bool
    extra: Field("dict")
    event("class body sees", list(__annotations__))

event("Settings annotations", list(Settings.__annotations__))
event("defaults", Settings.host, Settings.port, hasattr(Settings, "debug"))
extra_field = Settings.__annotations__["extra"]
probe = weakref.ref(extra_field, lambda r: event("extra annotation collected"))
del extra_field

def configure(name: str, level: "int" = 1, *tags: str, verbose: bool = False) -> dict:
    local_only: list = [name]
    counter: int
    event("locals", sorted(locals()))
    return {"name": name, "level": level}

event("configure annotations", configure.__annotations__)
event("call", configure("svc", 2, "a", verbose=True))

class Derived(Settings):
    region: str = "eu"

event("derived own", list(Derived.__annotations__), "inherited port", Derived.port)
Settings.__annotations__.pop("extra")
event("extra removed from annotations")
gc.collect()
del Settings.__annotations__
event("annotations deleted", "__annotations__" in Settings.__dict__)
del Derived, Settings
gc.collect()
event("end", probe() is None)
