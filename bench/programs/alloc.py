# Allocation-heavy: instances, lists, dicts and tuples created and dropped, so deallocation runs constantly.
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt

total = 0
for round in range(60):
    head = None
    for i in range(100):
        head = Node(i, head)
    items = []
    while head is not None:
        items.append((head.value, {"v": head.value}))
        head = head.nxt
    total += len(items)
event("alloc", total)
