# A config loader wraps low-level errors in its own (raise ... from, raise ... from None, implicit context),
# adds notes on 3.11+, and formats the chain with TracebackException; a weakref.finalize reports when each
# parsed Section is released.
import gc
import sys
import traceback
import weakref


class ConfigError(Exception):
    pass


class Section:
    def __init__(self, name, body):
        self.name = name
        self.body = body
        weakref.finalize(self, event, "section released", name)


def parse_int(section, key):
    raw = section.body[key]
    return int(raw)


def load(name, body, mode):
    section = Section(name, body)
    try:
        return parse_int(section, "port")
    except (KeyError, ValueError) as exc:
        if mode == "from":
            err = ConfigError(f"bad port in [{name}]")
            if sys.version_info >= (3, 11):
                err.add_note(f"while loading section {name!r}")
            raise err from exc
        if mode == "hide":
            raise ConfigError(f"[{name}] unusable") from None
        raise ConfigError("load failed: " + str(exc).strip("'"))


def report(exc):
    te = traceback.TracebackException.from_exception(exc)
    for chunk in te.format():
        for line in chunk.rstrip("\n").split("\n"):
            if line and not line.lstrip().startswith("File "):
                event("  " + line)
    event("suppress", exc.__suppress_context__, "cause", type(exc.__cause__).__name__,
          "context", type(exc.__context__).__name__)


cases = [("db", {"port": "54x2"}, "from"), ("cache", {}, "hide"), ("web", {"host": "h"}, "implicit")]
for name, body, mode in cases:
    try:
        load(name, body, mode)
    except ConfigError as exc:
        event("error", name, mode)
        report(exc)
    event("next")
gc.collect()
event("done")
