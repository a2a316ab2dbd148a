import sys
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    event("RecursionError", e)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

event("deep but fine", depth(900))

class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None

root = Node(400)
event("built through nested type calls")
try:
    Node(100000)
except RecursionError:
    event("RecursionError through type calls")
