# Closures as counters and handlers: nonlocal state in cells, lambdas with defaults, cells freed with the function
class Sink:
    def __init__(self, name):
        self.name = name
        self.items = []
    def __del__(self):
        event("del sink", self.name, len(self.items))

def make_counter(start=0):
    count = start
    def incr(step=1):
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return incr, reset

def make_writer(sink):
    def write(item):
        sink.items.append(item)
        return len(sink.items)
    return write

incr, reset = make_counter(10)
event("counter", incr(), incr(5), reset(), incr())
event("cells", [c.cell_contents for c in incr.__closure__], incr.__code__.co_freevars)
w = make_writer(Sink("log"))
w("a")
w("b")
event("writer holds sink", w.__closure__[0].cell_contents.name)
handlers = [lambda x, i=i: (i, x) for i in range(3)]
late = [lambda x: (i, x) for i in range(3)]
event("defaults vs late", [h("v") for h in handlers], [h("v") for h in late])
w2 = make_writer(Sink("audit"))
del w
event("first writer dropped")
handlers.append(w2)
del w2
event("w2 in handlers", handlers[-1]("z"))
handlers.clear()
event("end")
