# includes: named.py
# A renderer dispatches on the node type with functools.singledispatchmethod
from functools import singledispatchmethod, singledispatch

class Node(Named):
    died = "node freed"

class Leaf(Node):
    pass

class Renderer:
    def __init__(self, name):
        self.name = name
    @singledispatchmethod
    def render(self, obj):
        return "?" + type(obj).__name__
    @render.register
    def _(self, obj: int):
        return "int:" + str(obj)
    @render.register(str)
    def _(self, obj):
        return "str:" + obj
    @render.register
    def _(self, obj: Node):
        return "node:" + obj.name
    @render.register(list)
    def _(self, obj):
        return "[" + ",".join(self.render(x) for x in obj) + "]"
    def __del__(self):
        event("renderer freed", self.name)

r = Renderer("html")
event("int", r.render(3))
event("str", r.render("hi"))
event("node", r.render(Node("root")))
event("subclass", r.render(Leaf("leaf")))
event("list", r.render([1, "a", Leaf("x")]))
event("fallback", r.render(2.5), r.render(None))
event("bool is int", r.render(True))

@singledispatch
def size(obj):
    return 0
@size.register(list)
@size.register(tuple)
def _(obj):
    return len(obj)
event("stacked register", size([1, 2]), size((1,)), size({}))
event("registry", sorted(t.__name__ for t in size.registry), size.dispatch(list).__name__)
del r
event("end")
