# Parsers dispatched on argument type: singledispatchmethod on instances and classmethods, partialmethod presets
import functools

class Token:
    def __init__(self, text):
        self.text = text
    def __del__(self):
        event("token freed", self.text)

class Parser:
    created = []
    def __init__(self, name):
        self.name = name
    @functools.singledispatchmethod
    def parse(self, value):
        return f"{self.name}: raw {value!r}"
    @parse.register
    def _(self, value: int):
        return f"{self.name}: int {value}"
    @parse.register
    def _(self, value: list):
        return [self.parse(v) for v in value]
    @functools.singledispatchmethod
    @classmethod
    def build(cls, spec):
        raise TypeError(f"bad spec {spec!r}")
    @build.register
    @classmethod
    def _(cls, spec: str):
        p = cls(spec)
        cls.created.append(spec)
        return p
    def tagged(self, tag, value):
        return f"{tag}:{self.parse(value)}"
    as_debug = functools.partialmethod(tagged, "DEBUG")
    def __del__(self):
        event("parser freed", self.name)

p = Parser.build("json")
event("parse", p.parse(3), p.parse("x"), p.parse([1, "y"]), p.parse(True))
event("partialmethod", p.as_debug(7), Parser.created)
try:
    Parser.build(42)
except TypeError as e:
    event("build error", e)
tok = Token("t1")
event("object", p.parse(tok)[:20])
del tok
event("token name dropped")
m = p.parse
del p
event("bound dispatcher held")
event("call held", m(5))
del m
event("end")
