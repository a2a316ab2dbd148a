# Slotted nodes that opt into weak references, handed out as weakref.proxy; callable proxies to handlers
import gc
import weakref

class Node:
    __slots__ = ("name", "parent", "__weakref__")

    def __init__(self, name, parent=None):
        self.name = name
        self.parent = weakref.proxy(parent) if parent is not None else None

    def path(self):
        return self.name if self.parent is None else self.parent.path() + "/" + self.name

    def __del__(self):
        event("node freed", self.name)


class Plain:
    __slots__ = ("x",)


root = Node("root")
child = Node("etc", root)
leaf = Node("hosts", child)
event("path", leaf.path(), type(leaf.parent).__name__, isinstance(leaf.parent, weakref.ProxyTypes))
event("slots", [type(Node.__dict__[s]).__name__ for s in ("name", "parent")], "__dict__" in dir(root))
try:
    weakref.ref(Plain())
except TypeError as exc:
    event("plain", exc)
try:
    weakref.ref(leaf.parent)
except TypeError as exc:
    event("proxy of proxy", "cannot create weak reference" in str(exc))

class Handler:
    def __init__(self, name):
        self.name = name
    def __call__(self, value):
        return f"{self.name} handled {value}"
    def __del__(self):
        event("handler freed", self.name)

h = Handler("h1")
hp = weakref.proxy(h, lambda p: event("handler proxy callback"))
event("callable proxy", hp(5), callable(hp), callable(leaf.parent), type(hp) is weakref.CallableProxyType)
del h
event("handler deleted")
try:
    hp(6)
except ReferenceError as exc:
    event("dead handler", exc)
del root
event("root deleted")
try:
    leaf.path()
except ReferenceError:
    event("path broken")
del child, leaf
gc.collect()
event("end")
