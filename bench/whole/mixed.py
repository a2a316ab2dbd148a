# Allocation, calls, weakrefs and generators in one loop, about 1.4 s on CPython 3.11: the kind of program issue 20
# found reported as a false hang, and whose whole-process time the model should keep within 1.5x of CPython's.
import weakref


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def walk(head):
    while head is not None:
        yield head.value
        head = head.nxt


def total(head, scale=1):
    return sum(v * scale for v in walk(head))


dead = []
acc = 0
for round in range(100000):
    head = build(50)
    ref = weakref.ref(head, lambda r: dead.append(1))
    acc += total(head, scale=2)
    acc += len({i: (i, [i]) for i in range(20)})
    head = None
event("mixed", acc, len(dead))
