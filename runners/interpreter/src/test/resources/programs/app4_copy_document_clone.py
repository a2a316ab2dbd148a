# includes: named.py
# Cloning a document tree: __copy__ shares children, __deepcopy__ uses the memo for shared and cyclic parts
import copy
import gc

class Style(Named):
    died = "style freed"
    def __deepcopy__(self, memo):
        event("style deep-copied", self.name)
        clone = Style(self.name + "'")
        memo[id(self)] = clone
        return clone

class Node:
    def __init__(self, tag, style, parent=None):
        self.tag = tag
        self.style = style
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
    def __copy__(self):
        event("shallow copy", self.tag)
        clone = Node.__new__(Node)
        clone.__dict__.update(self.__dict__)
        clone.tag = self.tag + "-copy"
        return clone
    def __del__(self):
        event("node freed", self.tag)

shared = Style("body")
root = Node("root", shared)
a = Node("a", shared, root)
b = Node("b", Style("em"), root)
top = copy.copy(root)
event("shallow", top.children is root.children, top.style is shared)
memo = {}
deep = copy.deepcopy(root, memo)
event("deep", deep.children[0].parent is deep, deep.style is deep.children[0].style, deep.style.name)
event("memo holds originals", id(root) in memo, len([v for v in memo.values() if isinstance(v, Node)]))
del memo
event("plain lists", copy.deepcopy([shared, shared])[0].name)
del top
gc.collect()
event("copies dropped")
del deep
gc.collect()
event("deep dropped")
del root, a, b, shared
gc.collect()
event("end")
