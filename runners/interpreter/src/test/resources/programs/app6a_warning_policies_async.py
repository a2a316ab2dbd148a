# Deprecation shims and forgotten awaits under different warning filters: default, error, a custom showwarning
import asyncio
import gc
import sys
import warnings

class LegacyClient:
    def __init__(self, name):
        self.name = name
        warnings.warn(f"LegacyClient({name}) is deprecated", DeprecationWarning, stacklevel=2)
    async def ping(self):
        return f"pong from {self.name}"
    def __del__(self):
        event("client closed", self.name)

shown = []
def show(message, category, filename, lineno, file=None, line=None):
    shown.append((category.__name__, str(message)))

def unraisable(info):
    event("unraisable", info.exc_type.__name__, str(info.exc_value), type(info.object).__name__)

async def main():
    old_show = warnings.showwarning
    warnings.showwarning = show
    for n in range(2):
        c = LegacyClient("v1")
        event("created", n, len(shown))
    event("ping", await c.ping())
    del c
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        LegacyClient("quiet")
    event("after ignore", len(shown))
    LegacyClient("v2").ping()
    gc.collect()
    event("after forgotten ping", [m for m in shown if m[0] == "RuntimeWarning"])
    warnings.showwarning = old_show
    sys.unraisablehook = unraisable
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        LegacyClient("strict").ping()
        gc.collect()
        try:
            warnings.warn("explicit", RuntimeWarning)
        except RuntimeWarning as e:
            event("raised", e)
    sys.unraisablehook = sys.__unraisablehook__
    event("shown", shown)

asyncio.run(main())
event("end")
