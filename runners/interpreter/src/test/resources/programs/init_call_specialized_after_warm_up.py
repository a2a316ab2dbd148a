# C(x) into a Python __init__: through type_call the caller holds the arguments until the call returns. From
# 3.13 a call site executed a second time is specialized to CALL_ALLOC_AND_ENTER_INIT, which moves them into
# __init__'s frame (a shim frame holds the instance meanwhile); sites that do not qualify never change.
# includes: a_label.py, seen.py
import gc, sys
gc.disable()
# The __init__ of several classes: drops its argument, then reports.
def rebinding_init(self, tok):
    tok = None
    event("rebound in " + type(self).__name__ + ".__init__")
class Holder:
    __init__ = rebinding_init
class Other:  # its own __init__: a site alternating Holder and Other sees two functions
    def __init__(self, tok):
        tok = None
        event("rebound in Other.__init__")
class Slotted:
    __slots__ = ("x",)
    __init__ = rebinding_init
class WithDefault:
    def __init__(self, tok, extra=None):
        tok = None
        event("rebound in WithDefault.__init__")
for i in range(3):
    Holder(A("h" + str(i)))
    event("after Holder", i)
for i in range(3):
    Slotted(A("s" + str(i)))
    event("after Slotted", i)
for i in range(3):
    WithDefault(A("w" + str(i)))
    event("after WithDefault", i)
for i in range(3):
    Holder(tok=A("k" + str(i)))
    event("after keyword call", i)
for i, cls in enumerate([Holder, Holder, Other, Holder, Other]):
    cls(A("m" + str(i)))
    event("after mixed", i)
class Fails:
    def __init__(self, tok):
        raise ValueError("no")
    def __del__(self):
        event("del Fails instance")
for i in range(3):
    try:
        Fails(A("f" + str(i)))
    except ValueError:
        event("caught", i)
class ReturnsOne:
    def __init__(self, tok):
        return 1
    def __del__(self):
        event("del ReturnsOne instance")
for i in range(3):
    try:
        ReturnsOne(A("r" + str(i)))
    except TypeError as e:
        event("TypeError", i, e)
class Caller:
    def __init__(self):
        event("called from", sys._getframe(1).f_code.co_name)
def make():
    for i in range(2):
        Caller()
make()
event("end")
class Base:
    def __init__(self, tok):
        tok = None
        event("rebound in Base.__init__")
class Sub(Base):
    pass
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    __init__ = rebinding_init
class T:
    __init__ = rebinding_init
def run(cls, n, tag, modify_at=-1):
    for i in range(n):
        if i == modify_at:
            cls.extra = i
        cls(A(tag + str(i)))
        event("after", tag, i)
run(Sub, 3, "sub")
run(WithMeta, 3, "meta")
run(T, 6, "t", 3)
class Tok(Seen):
    pass
class P:
    def __init__(self, tok):
        tok = None
        seen.append("in")
class Q:
    def __init__(self, tok):
        tok = None
        seen.append("in")
def f(tok):
    tok = None
    seen.append("in")
def pattern(calls):
    out = []
    for i, c in enumerate(calls):
        seen.clear()
        c(Tok(i))
        out.append("moved" if seen == [i, "in"] else "held")
    return " ".join(out)
event("alternating classes at one site:", pattern([P, Q] * 30))
event("a function, then a class:", pattern([f] * 3 + [P] * 20))
