# Command plugins registered by __init_subclass__ into a WeakValueDictionary; a class decorator adds aliases
import gc
import weakref

class Command:
    registry = weakref.WeakValueDictionary()
    aliases = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.command_name = name or cls.__name__.lower()
        Command.registry[cls.command_name] = cls
        weakref.finalize(cls, event, "class finalized", cls.command_name)
        event("registered", cls.command_name, sorted(kwargs))

    def run(self, *args):
        raise NotImplementedError

    def __del__(self):
        event("command instance freed", type(self).command_name)


def alias(*names):
    def decorate(cls):
        for n in names:
            Command.aliases[n] = weakref.ref(cls)
        event("aliases", cls.__name__, names)
        return cls
    return decorate


@alias("ls", "dir")
class List(Command, name="list"):
    def run(self, *args):
        return ", ".join(args) or "(empty)"


class Copy(Command):
    def run(self, src, dst):
        return f"{src} -> {dst}"


def dispatch(name, *args):
    cls = Command.registry.get(name)
    if cls is None:
        ref = Command.aliases.get(name)
        cls = ref() if ref is not None else None
    if cls is None:
        return f"unknown {name}"
    return cls().run(*args)


event("run", dispatch("list", "a", "b"), dispatch("dir"), dispatch("copy", "x", "y"), dispatch("rm"))
event("known", sorted(Command.registry))

def make_temporary():
    class Temp(Command, name="temp"):
        def run(self):
            return "temp ran"
    return dispatch("temp")

event("temporary", make_temporary())
event("temp still registered", "temp" in Command.registry)
gc.collect()
event("after collect", sorted(Command.registry))
del Copy
gc.collect()
event("copy gone", sorted(Command.registry), dispatch("copy", 1, 2))
event("end")
