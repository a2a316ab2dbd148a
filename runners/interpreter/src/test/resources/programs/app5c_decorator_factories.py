# Decorators with arguments, class decorators and what a wrapper keeps: function attributes and closures
import functools
import gc
import weakref

registry = {}

def register(name, *, version=1):
    event("register factory", name, version)
    def decorate(func):
        event("decorating", func.__qualname__)
        registry[name] = weakref.ref(func, lambda r: event("registered function gone", name))
        func.version = version
        return func
    return decorate

def retry(times=2, on=(ValueError,)):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except on as e:
                    event("attempt", attempt, "failed:", e)
            return None
        wrapper.attempts = times
        return wrapper
    return decorate

@register("load", version=2)
@retry(times=3)
def load(path, mode="r", *, strict=False, encoding="utf-8"):
    global calls
    calls += 1
    if calls < 3:
        raise ValueError(f"busy {calls}")
    return f"{path}:{mode}:{strict}"

calls = 0
event("result", load("a.txt", strict=True))
event("attrs", load.__name__, load.__qualname__, load.version, load.attempts)
event("wrapped defaults", load.__wrapped__.__defaults__, load.__wrapped__.__kwdefaults__)
event("varnames", load.__wrapped__.__code__.co_varnames, load.__code__.co_varnames)
event("dict keys", sorted(load.__dict__))

def auto_repr(cls):
    fields = cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in fields)})"
    cls.__repr__ = __repr__
    event("class decorated", cls.__qualname__, fields)
    return cls

@auto_repr
class Job:
    def __init__(self, name, priority=0):
        self.name = name
        self.priority = priority
    def __del__(self):
        event("job freed", self.name)

job = Job("backup", 5)
event(repr(job))
Job.__init__.__defaults__ = (9,)
event(repr(Job("index")))
load.__wrapped__.__kwdefaults__["strict"] = True
calls = 5
event("new kwdefault", load("b.txt"))
del load
gc.collect()
event("after del load", registry["load"]() is None)
del job
event("end")
