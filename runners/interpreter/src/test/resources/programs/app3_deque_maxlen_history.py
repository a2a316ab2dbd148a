# includes: named.py
# An undo history bounded with deque(maxlen=...): appending drops the oldest snapshot
from collections import deque

class Snapshot(Named):
    died = "snapshot freed"
    def __repr__(self):
        return self.name

class Editor:
    def __init__(self):
        self.text = ""
        self.undo = deque(maxlen=3)
    def type(self, s):
        self.undo.append(Snapshot(self.text))
        self.text += s
    def undo_last(self):
        self.text = self.undo.pop().name

ed = Editor()
for w in ("a", "b", "c", "d", "e"):
    event("type", w)
    ed.type(w)
event("history", list(ed.undo), ed.undo.maxlen, ed.text)
ed.undo_last()
event("undone", ed.text, len(ed.undo))
ed.undo.appendleft(Snapshot("left"))
event("appendleft", list(ed.undo))
ed.undo.appendleft(Snapshot("left2"))
event("full from left", list(ed.undo))
ed.undo.extend([Snapshot("x1"), Snapshot("x2")])
event("extend", list(ed.undo))
ed.undo.rotate(1)
event("rotate", list(ed.undo), ed.undo[0], ed.undo[-1])
event("index", ed.undo.index(ed.undo[1]), ed.undo.count(ed.undo[0]))
tail = deque(range(10), maxlen=2)
event("tail", list(tail))
del ed.undo[0]
event("deleted first", list(ed.undo))
ed = None
event("end")
