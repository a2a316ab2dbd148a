# __post_init__ validates and derives fields; InitVar passes a secret that is not stored
from dataclasses import dataclass, field, InitVar, fields

class Handle:
    count = 0
    def __init__(self, owner):
        Handle.count += 1
        self.n = Handle.count
        self.owner = owner
    def __del__(self):
        event("release handle", self.n, self.owner)

@dataclass
class Account:
    owner: str
    balance: int = 0
    token: InitVar[str] = "none"
    handle: Handle = field(init=False, repr=False)
    history: list = field(default_factory=list, repr=False)
    def __post_init__(self, token):
        if self.balance < 0:
            raise ValueError(f"negative balance for {self.owner}")
        self.handle = Handle(self.owner)
        self.history.append(("open", token[:2]))

a = Account("ann", 10, token="secret")
event("a", a, a.history, [f.name for f in fields(a)])
try:
    Account("bob", -5)
except ValueError as err:
    event("invalid", err)
event("after invalid")
b = Account("cid")
event("b", repr(b), b.history)
accounts = {x.owner: x for x in (a, b)}
del a, b
event("dict holds both")
accounts.pop("ann")
event("popped ann")
accounts = None
event("end")
