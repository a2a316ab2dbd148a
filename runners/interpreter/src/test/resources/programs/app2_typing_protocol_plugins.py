# Runtime-checkable protocols pick which plugins can close; TypedDict configs are plain dicts
from typing import Protocol, runtime_checkable, TypedDict, Any

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Config(TypedDict):
    name: str
    retries: int

class Socketish:
    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
    def close(self) -> None:
        event("close", self.cfg["name"])
    def __del__(self):
        event("del socket", self.cfg["name"])

class Counter:
    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
    def __del__(self):
        event("del counter", self.cfg["name"])

cfg: Config = Config(name="s1", retries=3)
event("typed dict", type(cfg).__name__, cfg, Config.__annotations__ == {"name": str, "retries": int})
plugins: list[Any] = [Socketish(cfg), Counter({"name": "c1", "retries": 0}), Socketish({"name": "s2", "retries": 1})]
closable = [p for p in plugins if isinstance(p, Closable)]
event("closable", len(closable), isinstance(object(), Closable), issubclass(Socketish, Closable))
for p in closable:
    p.close()
del p
plugins.clear()
event("plugins cleared")
closable.pop(0)
event("popped first")
del closable
event("end")
