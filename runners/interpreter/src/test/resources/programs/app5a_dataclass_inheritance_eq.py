# An HR model with dataclass inheritance: field order, overriding defaults, eq across classes, nested asdict copies
import copy
import dataclasses
import gc
from dataclasses import dataclass, field

class Badge:
    def __init__(self, code):
        self.code = code
    def __deepcopy__(self, memo):
        event("badge deepcopy", self.code)
        return Badge(self.code + "'")
    def __repr__(self):
        return f"Badge({self.code})"
    def __del__(self):
        event("badge freed", self.code)

@dataclass
class Person:
    name: str
    age: int = 0

@dataclass
class Employee(Person):
    team: str = "core"
    badge: object = None
    skills: list = field(default_factory=list)

@dataclass(eq=False)
class Contractor(Person):
    agency: str = "none"

e = Employee("ann", 30, badge=Badge("A1"), skills=["py"])
p = Person("ann", 30)
event("fields", [f.name for f in dataclasses.fields(Employee)])
event("eq", e == p, p == Person("ann", 30), Contractor("x") == Contractor("x"), e == Employee("ann", 30, badge=e.badge, skills=["py"]))
event("repr", repr(Contractor("bo", agency="acme")))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as err:
    event("mutable default", "mutable default" in str(err))
try:
    @dataclass
    class Bad2(Person):
        required: str
except TypeError as err:
    event("ordering", "non-default argument" in str(err))

@dataclass
class Team:
    lead: Employee
    members: list = field(default_factory=list)

t = Team(e, [Employee("bo", badge=Badge("B2"))])
d = dataclasses.asdict(t)
event("asdict", d["lead"]["name"], d["lead"]["badge"], [m["badge"] for m in d["members"]])
tup = dataclasses.astuple(t)
event("astuple", tup[0][0], tup[1][0][3])
del d
event("dict copy dropped")
del tup
event("tuple copy dropped")
shallow = copy.copy(t)
event("copy", shallow.lead is t.lead, shallow == t)
del t, shallow
event("teams dropped")
e.badge = None
gc.collect()
event("end")
