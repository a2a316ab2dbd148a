# Included by the programs whose header says `# includes: rebinding_callees.py`: Python callees that drop their
# parameters (rebind them to None) and then report, so that an argument's death shows whether the callee's frame
# held its only reference: one positional (watched by a weakref whose callback reports), two positional,
# keyword-only, *args, and a method's.
import weakref

keep = []
def cb(r):
    event("weakref cb")

def callee(x):
    keep.append(weakref.ref(x, cb))
    x = None
    event("callee: after x=None")

def two(a, b):
    event("two: body")

def kw(x, *, y):
    x = None
    y = None
    event("kw: after rebind")

def star(*args):
    args = None
    event("star: after rebind")

class M:
    def meth(self, x):
        x = None
        event("meth: after rebind")
