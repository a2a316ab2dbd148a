# A typed repository: Generic[T] with TypeVar, Optional returns, cast and get_type_hints at run time
from typing import Generic, TypeVar, Optional, Dict, List, cast, get_type_hints

T = TypeVar("T")

class Entity:
    def __init__(self, key: str) -> None:
        self.key = key
    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.key}>"
    def __del__(self):
        event("del", self.key)

class User(Entity):
    pass

class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[str, T] = {}
    def add(self, item: T) -> T:
        self._items[cast(Entity, item).key] = item
        return item
    def get(self, key: str) -> Optional[T]:
        return self._items.get(key)
    def remove(self, key: str) -> Optional[T]:
        return self._items.pop(key, None)
    def all(self) -> List[T]:
        return list(self._items.values())

users: Repository[User] = Repository[User]()
event("orig", type(users).__name__, users.__orig_class__ if hasattr(users, "__orig_class__") else None)
users.add(User("ann"))
users.add(User("bob"))
event("get", users.get("ann"), users.get("zed"))
hints = get_type_hints(Repository.get)
event("hints", sorted(hints), hints["key"] is str)
event("entity hints", get_type_hints(Entity.__init__))
gone = users.remove("bob")
event("removed", gone)
del gone
event("after del gone")
snapshot = users.all()
users = None
event("repo dropped", snapshot)
snapshot.clear()
event("end")
