class A:
    def f(self):
        return 1
class B(A):
    def g(self):
        try:
            return [super().f() for _ in range(1)]
        except Exception as e:
            return (type(e).__name__, str(e))
event(B().g())
class C(A):
    def h(self):
        def inner(x):
            return super().f()
        try:
            return inner(self)
        except Exception as e:
            return (type(e).__name__, str(e))
    def k(self):
        return [super(C, x).f() for x in (self,)]
event(C().h(), C().k())
def modlevel():
    try:
        return [super() for _ in range(1)]
    except Exception as e:
        return (type(e).__name__, str(e))
event(modlevel())
try:
    super(C, 1)
except TypeError as e:
    event(e)
