# Layered decorators with functools.wraps: __wrapped__ chains, inspect.unwrap, metadata and closures' lifetimes
import functools
import inspect
import gc

class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0
    def __del__(self):
        event("counter freed", self.name, self.n)

def counted(name):
    counter = Counter(name)
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            counter.n += 1
            return fn(*args, **kwargs)
        wrapper.counter = counter
        return wrapper
    return deco

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        event("call", fn.__name__, args)
        try:
            return fn(*args, **kwargs)
        except Exception as e:
            event("raised", type(e).__name__)
            raise
    return wrapper

@logged
@counted("divide")
def divide(a, b):
    """Divide a by b."""
    return a / b

event("result", divide(6, 3))
try:
    divide(1, 0)
except ZeroDivisionError:
    event("handled")
event("meta", divide.__name__, divide.__doc__, divide.__qualname__, divide.counter.n)
inner = divide.__wrapped__
event("chain", inner.__wrapped__.__name__, inspect.unwrap(divide) is inner.__wrapped__, hasattr(inner.__wrapped__, "__wrapped__"))
event("dict copied", sorted(k for k in vars(divide) if not k.startswith("__")))

def plain(x):
    return x
partial_wrapped = functools.update_wrapper(functools.partial(plain, 1), plain)
event("update_wrapper", partial_wrapped(), partial_wrapped.__name__, partial_wrapped.__wrapped__ is plain)
del inner
event("inner dropped")
del divide
event("divide dropped")
gc.collect()
event("collected")

cache_hits = []
@functools.lru_cache(maxsize=2)
@counted("square")
def square(x):
    return x * x
event("squares", [square(i % 3) for i in range(5)], square.cache_info().hits, square.__wrapped__.counter.n)
square.cache_clear()
del square
event("end")
