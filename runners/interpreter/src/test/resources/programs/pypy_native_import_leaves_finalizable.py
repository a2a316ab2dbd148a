# PyPy: the first import of a cpyext module (lifeline_native) leaves a finalizable object of PyPy's own, which
# heads the next collection's finalizer queue, so that collection runs its finalizers in plain order (fuzz seed 466618).
import gc
gc.disable()
gc.collect()
class A:
    def __init__(self, label): self.label = label
    def __del__(self): event('del', self.label)
import lifeline_native
A('a'); A('b'); A('c')
gc.collect()
event("second")
A('d'); A('e'); A('f')
gc.collect()
import lifeline_native as again
A('g'); A('h'); A('i')
gc.collect()
