# includes: a_n_del.py
# collections (defaultdict, OrderedDict, Counter, namedtuple, ChainMap), collections.abc and abc: what each holds
# and releases; OrderedDict.move_to_end moves CPython's node only (items die in dict order), PyPy's dict itself.
import gc
from collections import defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, deque
import collections.abc
from collections.abc import Mapping, Iterable, Sequence, MutableMapping, Iterator, Generator, Callable, Hashable, Sized
class Item(A):
    def __repr__(self):
        return "I" + self.n
dd = defaultdict(list)
dd["a"].append(Item("a1"))
dd["b"].append(Item("b1"))
event(repr(dd), len(dd), "a" in dd, dict(dd) == {"a": dd["a"], "b": dd["b"]})
del dd
od = OrderedDict()
od["x"] = Item("x")
od["y"] = Item("y")
od["z"] = Item("z")
od.move_to_end("x")
event(list(od), od.popitem(last=False)[0])
del od
gc.collect()
c = Counter("abracadabra")
event(c.most_common(2), c["z"], sorted(c.elements())[:3])
c2 = c + Counter(a=1)
event(c2["a"], repr(Counter(a=2, b=1)))
P = namedtuple("P", "x y", defaults=[0])
p = P(Item("px"))
event(p, p.x, p.y, p._asdict(), P._fields, p._replace(y=5), P._make([1, 2]), isinstance(p, tuple), type(p).__name__)
del p
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
event(cm["a"], cm["b"], len(cm), sorted(cm))
event(isinstance({}, Mapping), isinstance([], Sequence), isinstance([], Iterable), isinstance(iter([]), Iterator),
      isinstance(5, Iterable), isinstance(cm, MutableMapping), isinstance(len, Callable), isinstance([], Hashable), isinstance("s", Hashable))
def g():
    yield 1
event(isinstance(g(), Generator), isinstance(g(), Iterator), isinstance(deque(), Sized))
class Bag:
    def __len__(self):
        return 0
event(isinstance(Bag(), Sized), issubclass(Bag, collections.abc.Sized), issubclass(list, Sized))
gc.collect()
import abc, weakref
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass
    @abc.abstractmethod
    def name(self):
        pass
class Square(Shape):
    def area(self):
        return 4
try:
    Square()
except TypeError as e:
    event("TypeError", e)
class Full(Square):
    def name(self):
        return "full"
f = Full()
event(f.area(), f.name(), isinstance(f, Shape))
class Plugin:
    pass
Shape.register(Plugin)
event(issubclass(Plugin, Shape), isinstance(Plugin(), Shape))
r = weakref.ref(Plugin, lambda w: event("Plugin class collected"))
del Plugin
gc.collect()
event("registry does not keep it", r() is None)
event("end")
