# Derived from /work/shared/probes/p03b_stack_on_return.py (print -> event)
# Q3: value-stack entries (for-loop iterator, with-statement exit) on 'return' inside a block
import gc
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): event("  __del__", self.n)
class It(A):
    def __iter__(self): return self
    def __next__(self): return 1
class CM(A):
    def __enter__(self): return self
    def __exit__(self, *a): event("  __exit__", self.n)
def f_for():
    a = A("local-a")
    for x in It("iterator"):
        return 1
def f_with():
    a = A("local-a")
    with CM("cm"):
        return 1
def f_with_as():
    a = A("local-a")
    with CM("cm-as") as c:
        return 1
event("return inside for loop:"); f_for(); event("  returned")
event("return inside with:"); f_with(); event("  returned")
event("return inside with ... as c:"); f_with_as(); event("  returned")
