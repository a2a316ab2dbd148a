# A config DSL: the config file text defines helper functions; only one helper is kept afterwards.
import gc
import weakref

class Connection:
    opened = 0
    def __init__(self, dsn):
        Connection.opened += 1
        self.dsn = dsn
    def __del__(self):
        event("connection closed", self.dsn)

CONFIG = '''
primary = Connection("db://primary")
replica = Connection("db://replica")
retries = 3

def pick(readonly):
    return replica if readonly else primary

def describe():
    return "%d retries via %s" % (retries, primary.dsn)
'''

def load_config(text):
    namespace = {"Connection": Connection}
    exec(text, namespace)
    return namespace

ns = load_config(CONFIG)
event("opened", Connection.opened, ns["describe"]())
picker = ns["pick"]
event("pick", picker(True).dsn, picker(False).dsn)
probe = weakref.ref(ns["primary"])
del ns
event("namespace name dropped, picker keeps globals", probe() is not None)
picker.__globals__["retries"] = 5
event("describe via globals", picker.__globals__["describe"]())
del picker
event("picker dropped (globals dict and its functions form a cycle)")
gc.collect()
event("after collect", probe() is None)

def scoped():
    marker = Connection("db://scoped")
    exec("tmp = marker.dsn + '/tmp'")
    event("exec saw local", "tmp" in locals())
    return marker.dsn

event("scoped", scoped())
exec("leftover = Connection('db://module')")
event("module-level exec stored", leftover.dsn)
del leftover
event("end")
