# Temporary workspaces cleaned by weakref.finalize: explicit cleanup, detach, peek, and cycles after collect
import gc
import weakref

removed = []
def remove_dir(path, files):
    removed.append(path)
    event("rmtree", path, len(files))

class Workspace:
    def __init__(self, path):
        self.path = path
        self.files = ["a.txt"]
        self._finalizer = weakref.finalize(self, remove_dir, path, self.files)
    def cleanup(self):
        self._finalizer()
    @property
    def removed(self):
        return not self._finalizer.alive

w1 = Workspace("/tmp/w1")
w1.cleanup()
event("explicit", w1.removed, w1._finalizer(), removed)
w2 = Workspace("/tmp/w2")
obj, fn, args, kwargs = w2._finalizer.peek()
event("peek", obj is w2, fn.__name__, args[0], kwargs, w2._finalizer.atexit)
del obj
del w2
event("w2 dropped", removed)
w3 = Workspace("/tmp/w3")
kept = w3._finalizer.detach()
del w3
gc.collect()
event("detached", kept[2][0], removed, kept[0].path)
del kept
w4 = Workspace("/tmp/w4")
w4.self_ref = w4
del w4
event("cycle pending", removed)
gc.collect()
event("after collect", removed)
w5 = Workspace("/tmp/w5")
w5._finalizer.atexit = False
event("end", removed)
