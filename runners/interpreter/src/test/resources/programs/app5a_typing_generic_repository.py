# A generic repository with typing: Generic[K, V], bound TypeVars, NamedTuple inheritance, forward references
import gc
import weakref
from typing import Dict, Generic, Iterator, NamedTuple, Optional, TypeVar, Union, get_type_hints, Any

K = TypeVar("K")
V = TypeVar("V", bound="Entity")

class Entity:
    def __init__(self, key: str):
        self.key = key
    def __repr__(self):
        return f"Entity({self.key})"
    def __del__(self):
        event("entity freed", self.key)

class Repo(Generic[K, V]):
    def __init__(self) -> None:
        self._items: Dict[K, V] = {}
    def add(self, key: K, item: V) -> None:
        self._items[key] = item
    def get(self, key: K) -> Optional[V]:
        return self._items.get(key)
    def __iter__(self) -> Iterator[V]:
        return iter(self._items.values())

class EntityRepo(Repo[str, Entity]):
    def keys(self) -> "list[str]":
        return list(self._items)

class Version(NamedTuple):
    major: int
    minor: int = 0
    def bump(self) -> "Version":
        return Version(self.major, self.minor + 1)

class Tagged(Version):
    def label(self) -> str:
        return f"v{self.major}.{self.minor}"

repo = EntityRepo()
for k in ("a", "b"):
    repo.add(k, Entity(k))
event("repo", repo.keys(), [e.key for e in repo], repo.get("zz"))
event("params", [t.__name__ for t in Repo.__parameters__], EntityRepo.__orig_bases__[0].__args__ == (str, Entity))
event("bound", V.__bound__, K.__constraints__)
hints = get_type_hints(Repo.get)
event("hints", hints["key"] is K, hints["return"] == Optional[V], Union[int, None] == Optional[int])
v = Tagged(1).bump()
event("namedtuple", v, type(v).__name__, Tagged(2, 3).label(), isinstance(v, tuple))
w = weakref.ref(repo._items["a"], lambda r: event("entity a weakref dead"))
del repo._items["a"]
event("a removed", w() is None)
alias = Dict[str, Any]
event("alias", alias.__origin__ is dict, alias.__args__[0] is str)
del repo
gc.collect()
event("end")
