# Push-style pipeline of primed coroutines driven by send(); close() runs their finally blocks
import functools

def primed(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    return start

class Buffer(list):
    def __del__(self):
        event("buffer freed", len(self))

@primed
def sink(name):
    buf = Buffer()
    try:
        while True:
            item = yield
            buf.append(item)
            event(name, "got", item)
    finally:
        event(name, "closed with", list(buf))

@primed
def scale(factor, target):
    try:
        while True:
            x = yield
            target.send(x * factor)
    except GeneratorExit:
        event("scale closing target")
        target.close()
        raise

@primed
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total / count

out = sink("out")
pipe = scale(10, out)
for v in (1, 2, 3):
    pipe.send(v)
event("name kept", sink.__name__)
pipe.close()
event("pipe closed")
del out
avg = averager()
event("avg", avg.send(4), avg.send(8))
try:
    avg.send(None)
except StopIteration as stop:
    event("total", stop.value)
event("end")
