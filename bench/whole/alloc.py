# bench/programs/alloc.py at about 1.4 s on CPython 3.11: instances, lists, dicts and tuples made and dropped.
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt


total = 0
for round in range(40000):
    head = None
    for i in range(100):
        head = Node(i, head)
    items = []
    while head is not None:
        items.append((head.value, {"v": head.value}))
        head = head.nxt
    total += len(items)
event("alloc", total)
