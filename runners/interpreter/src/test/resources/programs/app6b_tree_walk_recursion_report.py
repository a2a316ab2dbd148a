# A recursive tree walker that fails deep down: the report collapses the repeated frames
# ("[Previous line repeated N more times]"), shows carets on 3.11+, and the nodes the failing frames held die
# only once the saved error is dropped.
# includes: named.py
import gc
import traceback


class Node(Named):
    died = "node freed"

    def __init__(self, label, child=None):
        super().__init__(label)
        self.child = child


def depth_of(node, seen):
    seen.append(node.name)
    if node.child is None:
        return 100 // (len(seen) - len(seen))
    return 1 + depth_of(node.child, seen)


def build(n):
    node = None
    for k in range(n, 0, -1):
        node = Node("n%d" % k, node)
    return node


class LineSink:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.extend(part for part in text.split("\n") if part.strip())


gc.disable()
root = build(7)
saved = None
try:
    depth_of(root, [])
except ZeroDivisionError as exc:
    saved = exc
del root
event("root dropped")
sink = LineSink()
traceback.print_exception(type(saved), saved, saved.__traceback__, file=sink)
for line in sink.lines:
    if not line.lstrip().startswith("File "):
        event("|", line)
event("frames", len(traceback.extract_tb(saved.__traceback__)))
saved = None
event("error dropped")
gc.enable()
