# Postponed evaluation of annotations: strings kept, resolved later with typing.get_type_hints
from __future__ import annotations

import gc
import typing
import weakref
from typing import Optional

class Node:
    next: Optional[Node]
    value: int

    def __init__(self, value: int, next: Optional[Node] = None) -> None:
        self.value = value
        self.next = next

    def __del__(self):
        event("node freed", self.value)

    def link(self, other: Node) -> Node:
        self.next = other
        return other

event("raw", Node.__annotations__)
event("init raw", Node.__init__.__annotations__)
hints = typing.get_type_hints(Node)
event("resolved", sorted(hints), hints["value"] is int)

def build(n: int) -> list[Node]:
    nodes: list[Node] = [Node(i) for i in range(n)]
    for a, b in zip(nodes, nodes[1:]):
        a.link(b)
    return nodes

chain = build(3)
head = chain[0]
del chain
event("chain list dropped, head", head.value)
tail_ref = weakref.ref(head.next.next, lambda r: event("tail gone"))
head.next.next = None
event("tail unlinked")
head.next.next = head
event("cycle made")
del head
event("head dropped")
gc.collect()
event("collected")

class Registry:
    items: dict[str, Undefined]
    def add(self, key: str, item: Missing) -> None:
        pass

event("lazy", Registry.__annotations__["items"])
try:
    typing.get_type_hints(Registry)
except NameError as e:
    event("unresolved", type(e).__name__)
event("end")
