# Event-bus callbacks built with functools.partial: partial of partial, keywords, weakrefs to partials
import functools
import weakref

class Listener:
    def __init__(self, name):
        self.name = name
    def notify(self, channel, msg, *, urgent=False):
        return f"{self.name}<-{channel}:{msg}{'!' if urgent else ''}"
    def __del__(self):
        event("listener freed", self.name)

def send(target, channel, msg, *, urgent=False):
    return target.notify(channel, msg, urgent=urgent)

alice = Listener("alice")
to_alice = functools.partial(send, alice)
on_news = functools.partial(to_alice, "news")
urgent_news = functools.partial(on_news, urgent=True)
event("call", on_news("hello"), urgent_news("fire"))
event("flattened", on_news.func is send, on_news.args[1], urgent_news.keywords)
event("args len", len(urgent_news.args), urgent_news.args[0] is alice)
w_inner = weakref.ref(to_alice, lambda r: event("inner partial freed"))
del to_alice
event("inner name dropped", w_inner() is None)
del alice
event("alice name dropped")
del on_news
event("on_news dropped")
del urgent_news
event("urgent dropped")

bob = Listener("bob")
bound = functools.partial(bob.notify, "alerts")
event("bound method partial", bound("disk"), bound(msg="cpu", urgent=True))
override = functools.partial(bound, urgent=True)
event("override", override("mem"), override("mem", urgent=False))
registry = {name: functools.partial(bound, name) for name in ("a", "b")}
event("registry", [cb() for cb in registry.values()])
del bob, bound, override
event("bob refs remain in registry")
registry.clear()
event("registry cleared")
p = functools.partial(max, key=len)
event("builtin partial", p(["aa", "b", "ccc"]), repr(functools.partial(int, base=2))[:17])
event("end")
