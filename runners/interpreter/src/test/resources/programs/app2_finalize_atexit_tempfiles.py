# compare-shutdown
# Temporary resources cleaned by weakref.finalize: called on death, by hand, detached, or at exit
import weakref
import gc

class TempDir:
    def __init__(self, path):
        self.path = path
        self._finalizer = weakref.finalize(self, TempDir._cleanup, path)
    @staticmethod
    def _cleanup(path):
        event("cleanup", path)
    def remove(self):
        self._finalizer()
    @property
    def removed(self):
        return not self._finalizer.alive

a = TempDir("/tmp/a")
b = TempDir("/tmp/b")
c = TempDir("/tmp/c")
d = TempDir("/tmp/d")
b.remove()
event("b removed", b.removed, a.removed)
b.remove()
event("second remove is a no-op")
del a
gc.collect()
event("a dropped")
info = c._finalizer.detach()
event("detached", info[0] is c, info[1].__name__, info[2])
del c, info
gc.collect()
event("c dropped, not cleaned")
d._finalizer.atexit = True
event("d kept until exit", d._finalizer.atexit)
event("end")
