# A script runner that executes user snippets and reports failures with their traceback text.
import traceback
import sys

class Session(dict):
    """A user's session: its settings as dict items."""
    def __del__(self):
        event("session over", self["user"])

SNIPPETS = [
    ("ok", "total = sum(values)\n"),
    ("div", "def ratio(a, b):\n    return a / b\n\nresult = ratio(len(values), 0)\n"),
    ("key", "config = {}\nport = config['port']\n"),
    ("nested", "def outer():\n    def inner():\n        raise ValueError('bad ' + session['user'])\n    inner()\nouter()\n"),
]

def run_snippet(name, code, session):
    ns = {"values": [1, 2, 3], "session": session}
    try:
        exec(code, ns)
    except Exception:
        text = traceback.format_exc()
        lines = [l.strip() for l in text.splitlines()]
        event("failed", name, lines[-1])
        for l in lines:
            if l.startswith('File "<'):
                event("  frame", l)
            elif l.startswith("File"):
                event("  frame in this file", l.split(",", 1)[1])
        etype, value, tb = sys.exc_info()
        frames = [(f.name, f.lineno) for f in traceback.extract_tb(tb)]
        event("  frames", frames)
        return None
    event("ran", name, sorted(k for k in ns if k not in ("__builtins__",)))
    return ns

s = Session(user="zoe")
results = {}
for name, code in SNIPPETS:
    results[name] = run_snippet(name, code, s)
del s
event("session name dropped")
results.clear()
event("results cleared")
