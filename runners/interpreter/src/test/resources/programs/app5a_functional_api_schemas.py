# Schemas declared with functional APIs: Enum/Flag/IntEnum calls, NamedTuple and TypedDict calls, make_dataclass
import dataclasses
import enum
import gc
import typing
import weakref

class Sink:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("sink freed", self.name)

Level = enum.IntEnum("Level", "LOW MID HIGH")
Access = enum.Flag("Access", ["READ", "WRITE", "ADMIN"])
Kind = enum.Enum("Kind", {"FILE": "f", "DIR": "d"})
event("levels", [(m.name, m.value) for m in Level], Level.MID > 1)
event("access", [m.value for m in Access], repr(Access(3)), Access.READ in Access(5))
members = Kind.__members__
event("kind", Kind("d").name, type(members).__name__, list(members))
try:
    members["LINK"] = "l"
except TypeError as e:
    event("members read-only", type(e).__name__)

Row = typing.NamedTuple("Row", [("id", int), ("path", str)])
Meta = typing.NamedTuple("Meta", size=int, owner=str)
r = Row(1, "/tmp")
event("rows", r, r._replace(id=2), Row.__annotations__, Meta(10, "ann")._asdict())
Entry = typing.TypedDict("Entry", {"row": Row, "kind": Kind})
e = Entry(row=r, kind=Kind.FILE)
event("entry", type(e).__name__, e["kind"].value, sorted(Entry.__required_keys__), Entry.__name__)

Node = dataclasses.make_dataclass(
    "Node", [("name", str), ("sink", object, dataclasses.field(default=None))],
    namespace={"describe": lambda self: f"node {self.name}"})
n = Node("root", Sink("root sink"))
wn = weakref.ref(n, lambda ref: event("node weakref cleared"))
event("node", n.describe(), repr(n)[:16], dataclasses.is_dataclass(Node))
nodes = {k: Node(k.name.lower(), Sink(k.name)) for k in Kind}
event("nodes", sorted(v.name for v in nodes.values()))
del nodes[Kind.DIR]
event("dir node dropped")
del n
event("n dropped", wn() is None)
nodes.clear()
wl = weakref.ref(Level, lambda ref: event("Level class collected"))
del Level
gc.collect()
event("end", wl() is None)
