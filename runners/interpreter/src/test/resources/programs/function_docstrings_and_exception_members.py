# A function's docstring is its __doc__ (the code's first constant), kept by functools.wraps; SyntaxError,
# ImportError and SystemExit keep their members (msg, filename, lineno..., name, path, code) as their __init__ sets them.
import functools, sys
def f():
    """Doc of f."""
    return 1
async def af():
    "async doc"
def nodoc():
    x = "not a docstring"
    return x
class C:
    """Class doc."""
    def m(self):
        "method doc"
event(f.__doc__, af.__doc__, nodoc.__doc__, C.__doc__, C.m.__doc__, (lambda: "x").__doc__)
@functools.wraps(f)
def g():
    pass
event(g.__doc__, g.__wrapped__ is f)
f.__doc__ = "changed"
event(f.__doc__, g.__doc__)
try:
    raise SyntaxError("bad thing")
except SyntaxError as e:
    event(e.msg, e.lineno, e.args, str(e), repr(e))
e = SyntaxError("oops", ("/a/b/f.py", 3, 4, "x = $\n"))
event(e.msg, e.filename, e.lineno, e.offset, repr(e.text), getattr(e, "end_lineno", "absent"), str(e))
e.msg = "changed"
event(str(e), e.args[0], str(SyntaxError()), str(SyntaxError("m", (None, 5, 1, None))))
class MyErr(SyntaxError):
    pass
event(str(MyErr("sub", ("f", 1, 1, "t"))), MyErr("q").print_file_and_line)
i = ImportError("no module", name="pkg", path="/p")
event(i.msg, i.name, i.path, str(i), repr(i), i.args)
m = ModuleNotFoundError("missing")
event(m.msg, m.name, str(m), str(ImportError()), str(ImportError(1, 2)), ImportError(1, 2).msg)
try:
    ImportError("x", bogus=1)
except TypeError as t:
    event("TypeError", "bogus" in str(t))
for args in [(), (3,), ("a", "b")]:
    s = SystemExit(*args)
    event("exit", s.code, s.args)
class Big:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        event("big freed", self.n)
s = SystemExit(Big(1))
i = ImportError("m", name=Big(2))
event("made")
del s
i.name = None
event("end")
