# Form models with dataclass field metadata, InitVar/ClassVar, unsafe_hash, finalize on instances
import dataclasses
import weakref
from dataclasses import dataclass, field, InitVar
from typing import ClassVar

class Validator:
    def __init__(self, rule):
        self.rule = rule
    def __call__(self, value):
        return self.rule(value)
    def __del__(self):
        event("validator freed")

@dataclass(unsafe_hash=True)
class Field:
    name: str
    max_len: int = field(default=10, metadata={"unit": "chars"})
    label: str = field(default="", compare=False, hash=False)
    registry: ClassVar[list] = []
    secret: InitVar[str] = None
    def __post_init__(self, secret):
        Field.registry.append(self.name)
        if secret:
            event("secret given for", self.name)

name_field = Field("name", 20, secret="s3")
age_field = Field("age", label="Age")
event("fields", [f.name for f in dataclasses.fields(Field)], Field.registry)
md = dataclasses.fields(Field)[1].metadata
event("metadata", md["unit"], type(md).__name__, len(md))
event("hash", hash(Field("x", 1, "a")) == hash(Field("x", 1, "b")), Field("x", 1, "a") == Field("x", 1, "b"))
event("repr", repr(age_field))
event("is dataclass", dataclasses.is_dataclass(age_field), dataclasses.is_dataclass(Field), dataclasses.is_dataclass(1))

@dataclass
class Form:
    title: str
    fields: list = field(default_factory=list)
    check: object = None

form = Form("signup", [name_field, age_field], Validator(lambda v: bool(v)))
fin = weakref.finalize(form, event, "form finalized", form.title)
event("check", form.check("x"), form.check(""), fin.alive)
clone = dataclasses.replace(form, title="login")
event("clone", clone.title, clone.fields is form.fields, clone.check is form.check)
as_tuple = dataclasses.astuple(form)
event("astuple", as_tuple[0], [f[0] for f in as_tuple[1]])
del form
event("form dropped", fin.alive)
clone.check = None
event("clone check cleared")
del as_tuple
event("tuple dropped")
Klass = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
event("make_dataclass", Klass(1), Klass(1, 2) == Klass(1, 2))
event("end")
