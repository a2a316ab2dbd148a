# A tiny plugin system: each plugin is source text executed into its own namespace dict.
# includes: named.py
class Handle(Named):
    died = "handle closed"

PLUGINS = {
    "greeter": (
        "state = Handle('greeter-state')\n"
        "def run(name):\n"
        "    return 'hello ' + name\n"
    ),
    "counter": (
        "hits = []\n"
        "def run(name):\n"
        "    hits.append(name)\n"
        "    return len(hits)\n"
    ),
    "scratch": "tmp = Handle('scratch-tmp')\nresult = tmp.name.upper()\n",
}

class Registry:
    def __init__(self):
        self.namespaces = {}

    def load(self, name, source):
        ns = {"Handle": Handle, "__name__": "plugin_" + name}
        exec(source, ns)
        event("loaded", name, sorted(k for k in ns if not k.startswith("__")))
        if "run" in ns:
            self.namespaces[name] = ns
        else:
            event("no run() in", name, "result", ns.get("result"))

    def call(self, name, arg):
        return self.namespaces[name]["run"](arg)

reg = Registry()
for plugin_name, text in PLUGINS.items():
    reg.load(plugin_name, text)
event("after loading")
event("greeter says", reg.call("greeter", "ada"))
event("counter", reg.call("counter", "a"), reg.call("counter", "b"))
run = reg.namespaces["greeter"]["run"]
event("globals is namespace", run.__globals__ is reg.namespaces["greeter"])
del reg.namespaces["greeter"]
event("namespace dropped from registry")
import gc
gc.collect()
event("still referenced by run.__globals__", run.__globals__["state"].name)
del run
gc.collect()
event("after dropping run")
reg = None
gc.collect()
event("end")
