# Exporting records to text with functools.singledispatch, singledispatchmethod and partialmethod
import functools
import gc
from dataclasses import dataclass

class Sink:
    def __init__(self):
        self.parts = []
    def __del__(self):
        event("sink freed", len(self.parts))

@dataclass
class User:
    name: str
    admin: bool = False

@functools.singledispatch
def render(obj):
    return f"<{type(obj).__name__}>"

@render.register
def _(obj: int):
    return f"int:{obj}"

@render.register(list)
@render.register(tuple)
def _(obj):
    return "[" + ",".join(render(x) for x in obj) + "]"

@render.register
def _(obj: User):
    return f"user:{obj.name}{'*' if obj.admin else ''}"

event("render", render(3), render([1, (2, 3)]), render(User("ann", True)), render(2.5))
event("dispatch", render.dispatch(bool).__name__ == render.dispatch(int).__name__, render.dispatch(float) is render.registry[object])

class Exporter:
    def __init__(self, sink):
        self.sink = sink
    @functools.singledispatchmethod
    def export(self, obj):
        raise TypeError(f"cannot export {type(obj).__name__}")
    @export.register
    def _(self, obj: str):
        self.sink.parts.append(obj)
        return "str"
    @export.register
    def _(self, obj: User):
        self.sink.parts.append(obj.name)
        return "user"
    def tagged(self, tag, obj):
        self.sink.parts.append(f"{tag}={obj}")
        return tag
    export_id = functools.partialmethod(tagged, "id")

ex = Exporter(Sink())
event("export", ex.export("line"), ex.export(User("bo")), ex.export_id(7))
try:
    ex.export(1.5)
except TypeError as e:
    event("error", e)
event("parts", ex.sink.parts)

def make_type():
    class Temp:
        def __del__(self):
            event("temp instance freed")
    render.register(Temp, lambda o: "temp")
    return Temp

Temp = make_type()
event("temp", render(Temp()))
del ex
event("exporter dropped")
event("end")
