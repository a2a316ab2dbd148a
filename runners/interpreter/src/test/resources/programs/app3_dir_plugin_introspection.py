# A command shell discovers its commands with dir(): every do_* method of the handler object
import gc

class Handler:
    prompt = "> "
    def __init__(self, name):
        self.name = name
        self.history = []
    def do_greet(self, arg):
        return "hello " + arg
    def do_quit(self, arg):
        return "bye"
    def help_greet(self):
        return "greets someone"
    def __del__(self):
        event("handler gone", self.name)

class Shell(Handler):
    def do_echo(self, arg):
        return arg

def commands(obj):
    return [n[3:] for n in dir(obj) if n.startswith("do_")]

h = Shell("main")
event("commands", commands(h))
event("helps", [n for n in dir(h) if n.startswith("help_")])
event("attrs", [n for n in dir(h) if not n.startswith("_") and not callable(getattr(h, n))])
event("class-level", "do_echo" in dir(Shell), "name" in dir(Shell), "name" in dir(h))
event("dunders", "__init__" in dir(h), "__dict__" in dir(h), "__module__" in dir(h))
h.do_custom = lambda arg: arg.upper()
event("after instance attr", commands(h))
for cmd in commands(h):
    event("run", cmd, getattr(h, "do_" + cmd)("x"))
del cmd
cmds = [getattr(h, "do_" + c) for c in commands(h)]
del h
event("bound methods keep it", len(cmds))
cmds.clear()
event("module names", [n for n in dir() if n in ("Handler", "Shell", "commands", "gc")])
event("sorted", dir([]) == sorted(dir([])), "append" in dir([]), "keys" in dir({}))
gc.collect()
event("end")
