# Generic containers parametrized by classes made at run time: typing caches subscriptions, keeping the classes
import gc
import weakref
from typing import Dict, Generic, List, Literal, Optional, TypeVar, Union

T = TypeVar("T")

class Registry(Generic[T]):
    def __init__(self):
        self.items = []
    def add(self, item: T) -> T:
        self.items.append(item)
        return item

def make_model(name):
    class Model:
        def __repr__(self):
            return f"{name}()"
        def __del__(self):
            event("model instance freed", name)
    Model.__name__ = name
    return Model

watch = []
def track(cls):
    watch.append(weakref.ref(cls, lambda r: event("class collected")))
    return cls

User = track(make_model("User"))
Order = track(make_model("Order"))
users = Registry[User]()
users.add(User())
event("alias cached", Registry[User] is Registry[User], List[int] is List[int], Optional[User] == Union[User, None])
event("orig class", users.__orig_class__ is Registry[User], users.items)
event("literals", Literal[1] is Literal[1], Literal[1] == Literal[True], Dict[str, Order].__args__[1] is Order)
del users
event("registry dropped")
del User, Order
gc.collect()
event("classes alive after collect", [r() is not None for r in watch])

Temp = track(make_model("Temp"))
t = Temp()
del Temp
gc.collect()
event("unsubscripted class kept only by instance", watch[2]() is not None)
del t
gc.collect()
event("end", [r() is not None for r in watch])
