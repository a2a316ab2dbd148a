# Typed containers: __class_getitem__ builds specialised subclasses kept in a weak cache
import gc
import weakref

class TypedList(list):
    _cache = weakref.WeakValueDictionary()
    item_type = object

    def __class_getitem__(cls, item):
        key = (cls.__name__, item.__name__)
        made = cls._cache.get(key)
        if made is None:
            made = type(f"{cls.__name__}[{item.__name__}]", (cls,), {"item_type": item})
            cls._cache[key] = made
            weakref.finalize(made, event, "specialisation gone", made.__name__)
            event("specialised", made.__name__)
        return made

    def append(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError(f"expected {self.item_type.__name__}, got {type(value).__name__}")
        super().append(value)

    def __del__(self):
        event("list freed", type(self).__name__, len(self))


ints = TypedList[int]()
ints.append(1)
ints.append(2)
same = TypedList[int] is type(ints)
try:
    ints.append("3")
except TypeError as exc:
    event("rejected", exc)
event("ints", list(ints), same, type(ints).__mro__[1].__name__, sorted(k[1] for k in TypedList._cache.keys()))
strs = TypedList[str](["a"])
event("strs", strs, type(strs).item_type.__name__, "item_type" in type(strs).__dict__)
del strs
gc.collect()
event("str list gone", sorted(k[1] for k in TypedList._cache.keys()))
alias = list[int]
event("generic alias", alias, alias.__origin__ is list, type(alias).__name__)
del ints
gc.collect()
event("end", len(TypedList._cache))
