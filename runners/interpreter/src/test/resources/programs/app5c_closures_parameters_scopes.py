# An event bus: positional-only and keyword-only parameters, *args/**kwargs forwarding, closures, nonlocal, global, del
import gc
import weakref

class Handler:
    def __init__(self, name):
        self.name = name
    def __call__(self, *args, **kwargs):
        event("handler", self.name, args, sorted(kwargs.items()))
    def __del__(self):
        event("handler freed", self.name)

dispatched = 0

def make_bus():
    handlers = []
    count = 0
    def subscribe(handler, /, *, front=False):
        nonlocal count
        count += 1
        if front:
            handlers.insert(0, handler)
        else:
            handlers.append(handler)
        return count
    def publish(topic, /, *args, **kwargs):
        global dispatched
        for h in handlers:
            h(topic, *args, **kwargs)
            dispatched += 1
    def clear():
        nonlocal handlers
        handlers = []
    return subscribe, publish, clear

subscribe, publish, clear = make_bus()
event("subscribed", subscribe(Handler("log")), subscribe(Handler("audit"), front=True))
publish("save", 1, 2, user="ada")
try:
    subscribe(handler=Handler("bad"))
except TypeError as e:
    event("positional only", type(e).__name__)
try:
    subscribe(Handler("worse"), True)
except TypeError as e:
    event("keyword only", type(e).__name__)
event("closure cells", publish.__code__.co_freevars, subscribe.__code__.co_freevars)
event("kwonly count", subscribe.__code__.co_kwonlyargcount, subscribe.__code__.co_posonlyargcount)
clear()
event("cleared, dispatched", dispatched)

def forward(func, *args, **kwargs):
    return func(*args, **kwargs)

def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}"

event("forward", forward(area, 3, h=4), forward(area, *(2,), **{"unit": "cm"}))
h = Handler("temp")
probe = weakref.ref(h, lambda r: event("temp collected"))
callback = lambda *a: h(*a)
callback("ping")
del h
event("name deleted, object gone", probe() is None)
try:
    callback("again")
except NameError as e:
    event("name error", type(e).__name__)
del callback

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

inc = counter()
inc(); inc(5)
event("counter", inc(), inc.__closure__[0].cell_contents)
del subscribe, publish, clear
gc.collect()
event("end")
