#!/usr/bin/env python3
"""Writes NAME.expected next to every programs/NAME.py by running it on real CPython 3.11.

Usage: generate_expected.py [--suffix=.expected] [PYTHON] [FILES...]
       (default PYTHON: ~/.pyenv/versions/3.11.7/bin/python3.11)
Every program also has the expectations of real CPython 3.10 (ProgramsMatchCPython310Test), made with
       generate_expected.py --suffix=.expected-3.10 ~/.pyenv/versions/3.10.13/bin/python3.10 [FILES...]
The PyPy 7.3.11 expectations (ProgramsMatchPyPyTest) are made with
       generate_expected.py /usr/bin/pypy3 programs/pypy_*.py
       (a PyPy writes NAME.expected-pypy unless --suffix says otherwise)

A program that names lifeline_native gets that C extension module (runners/real's lifeline_native.c) built
for the interpreter with `cc` (or $LIFELINE_CC) against its own headers, on its path.

The program runs unchanged as __main__, after the files of programs/lib/ that a comment line `# includes:
a.py, b.py` in it names, prepended in that order (as Programs.java gives it to the models; the whole text then
runs from a temporary file of the program's name). `event` is installed into builtins by a sitecustomize
module on PYTHONPATH, so the program's globals hold nothing extra. An atexit handler marks where interpreter
shutdown starts (atexit runs first in Py_FinalizeEx; the program's own atexit registrations are run right
after the marker), and sys.excepthook records an uncaught exception. The event function binds what it needs as
defaults so it keeps working while modules are being cleared at exit.

.expected format:
    one line per event emitted by the module body
    == status: completed | error TYPE
    == shutdown
    one line per event emitted after the body (interpreter shutdown)
"""
import os
import re
import subprocess
import sys
import tempfile

SITECUSTOMIZE = r'''
import atexit, builtins, sys

def event(*parts, _write=sys.stdout.write, _flush=sys.stdout.flush, _str=str, _join=" ".join, _map=map):
    _write("@@event " + _join(_map(_str, parts)) + "\n")
    _flush()
builtins.event = event
# Py_FinalizeEx restores the startup copy of builtins before module teardown, so a __del__ running at exit
# would not find builtins.event: __main__ gets its own binding too (a function of this module, so it adds
# no cycle to __main__'s globals).
sys.modules["__main__"].__dict__["event"] = event

def _hook(t, v, tb, _write=sys.stdout.write, _flush=sys.stdout.flush):
    _write("@@error " + t.__name__ + "\n")
    _flush()
sys.excepthook = _hook

# atexit runs handlers last-registered first, so a marker registered here would run after the program's
# handlers. Instead the program's registrations are kept here and run, LIFO, right after the marker.
_handlers = []
_register = atexit.register
def _user_register(func, *args, **kwargs):
    _handlers.append((func, args, kwargs))
    return func
def _at_exit(_write=sys.stdout.write, _flush=sys.stdout.flush, _handlers=_handlers):
    _write("@@shutdown\n")
    _flush()
    while _handlers:
        func, args, kwargs = _handlers.pop()
        func(*args, **kwargs)
_register(_at_exit)
atexit.register = _user_register
'''


NATIVE_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "real", "src",
                             "main", "resources", "io", "lifeline", "real", "native", "lifeline_native.c")


def build_native(python, d):
    """Builds lifeline_native (runners/real's C source) for python into d, as runners/real NativeBuild does."""
    query = "import sysconfig; print(sysconfig.get_paths()['include']); print(sysconfig.get_config_var('EXT_SUFFIX'))"
    include, suffix = subprocess.run([python, "-c", query], capture_output=True, text=True,
                                     check=True).stdout.split()
    subprocess.run([os.environ.get("LIFELINE_CC", "cc"), "-shared", "-fPIC", "-O1", "-I" + include,
                    NATIVE_SOURCE, "-o", os.path.join(d, "lifeline_native" + suffix)], check=True)


INCLUDES = re.compile(r"^# includes: (.+)$", re.M)


def with_includes(path, source):
    """source after the text of the programs/lib/ files its `# includes:` line names."""
    m = INCLUDES.search(source)
    if not m:
        return source
    texts = []
    for name in m.group(1).split(","):
        with open(os.path.join(os.path.dirname(path), "lib", name.strip())) as f:
            texts.append(f.read())
    return "".join(texts) + source


def expected_for(python, path):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "sitecustomize.py"), "w") as f:
            f.write(SITECUSTOMIZE)
        with open(path) as f:
            source = f.read()
        if "lifeline_native" in source:
            build_native(python, d)
        program = with_includes(path, source)
        if program != source:
            path = os.path.join(d, os.path.basename(path))
            with open(path, "w") as f:
                f.write(program)
        env = dict(os.environ, PYTHONPATH=d, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
        proc = subprocess.run([python, path], env=env, capture_output=True, text=True, timeout=60)
    body, shutdown, status = [], [], "completed"
    target = body
    for line in proc.stdout.splitlines():
        if line.startswith("@@event "):
            target.append(line[len("@@event "):])
        elif line == "@@event":
            target.append("")
        elif line.startswith("@@error "):
            status = "error " + line[len("@@error "):]
        elif line == "@@shutdown":
            target = shutdown
    return "\n".join(body + ["== status: " + status, "== shutdown"] + shutdown) + "\n"


def main(argv):
    python = os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python3.11")
    suffix = ".expected"
    if argv and argv[0].startswith("--suffix="):
        suffix, argv = argv[0][len("--suffix="):], argv[1:]
    if argv and not argv[0].endswith(".py"):
        python, argv = argv[0], argv[1:]
        if "pypy" in os.path.basename(python) and suffix == ".expected":
            suffix = ".expected-pypy"
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
    files = argv or sorted(os.path.join(here, f) for f in os.listdir(here) if f.endswith(".py"))
    for path in files:
        out = expected_for(python, path)
        with open(path[:-3] + suffix, "w") as f:
            f.write(out)
        print("wrote", os.path.basename(path[:-3] + suffix))


if __name__ == "__main__":
    main(sys.argv[1:])
