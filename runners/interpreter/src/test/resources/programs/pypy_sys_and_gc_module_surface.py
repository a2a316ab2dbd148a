# What PyPy 7.3.11 (Python 3.9) lacks of CPython 3.11's sys and gc: a program that uses it gets AttributeError.
# gc.collect() returns None and ignores its generation. .expected-pypy: PyPy 7.3.11.
import sys, gc
for module, name in [(sys, "getrefcount"), (sys, "exception"), (gc, "get_count"), (gc, "get_threshold"),
                     (gc, "set_threshold"), (sys, "exc_info"), (gc, "isenabled")]:
    event(name, hasattr(module, name))
gc.collect()
event("collect(0) returns an int", isinstance(gc.collect(0), int))
