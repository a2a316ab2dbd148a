# Validated fields: descriptors with __set_name__ keep per-instance values in a WeakKeyDictionary
import gc
import weakref

class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.values = weakref.WeakKeyDictionary()

    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.name = name
        event("field bound", owner.__name__, name, self.kind.__name__)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.values.get(obj, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        self.values[obj] = value

    def __delete__(self, obj):
        del self.values[obj]


class Account:
    owner = Field(str, "nobody")
    balance = Field(int, 0)

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def __repr__(self):
        return f"Account({self.owner}, {self.balance})"

    def __del__(self):
        event("account closed", self.owner)


a = Account("ann", 10)
b = Account("bob")
event("accounts", a, b, len(Account.balance.values), type(vars(Account)).__name__)
try:
    b.balance = "lots"
except TypeError as exc:
    event("rejected", exc)
del a.balance
event("after delete", a.balance, "balance" in vars(a), isinstance(Account.__dict__["owner"], Field))
fields = {k: v for k, v in Account.__dict__.items() if isinstance(v, Field)}
event("fields", sorted(fields), [f.owner_name for f in fields.values()])
del a
event("ann dropped", len(Account.owner.values), len(Account.balance.values))
b.peer = b
del b
event("bob in a cycle", len(Account.owner.values))
gc.collect()
event("collected", len(Account.owner.values))
try:
    Account.__dict__["owner"] = None
except TypeError as exc:
    event("class dict is read-only", exc)
event("end")
