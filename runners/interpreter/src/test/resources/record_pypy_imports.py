#!/usr/bin/env python3
"""Records which modules real PyPy has in sys.modules when a program starts, and which modules importing each
module of the models' table (modules.table) loads, into vm/pypy_imports.txt, read by the model's ImportLocks.

Usage: record_pypy_imports.py [PYPY]   (default: pypy3 on PATH)

Each import of a module not yet in sys.modules takes one of importlib's module locks, whose lifeline is one more
finalizer in PyPy's next major collection (see ImportLocks): so the PyPy models need to know what real PyPy has
loaded, not what the model's own Python halves happen to import.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.normpath(os.path.join(HERE, "../../main/resources/io/lifeline/interpreter"))
TABLE = os.path.join(MAIN, "modules/modules.table")
OUT = os.path.join(MAIN, "vm/pypy_imports.txt")

PROBE = r'''
import sys
before = set(sys.modules)
name = sys.argv[1]
try:
    __import__(name)
except ImportError:
    print("missing")
else:
    print(" ".join(sorted(set(sys.modules) - before)))
'''


def run(pypy, *args):
    return subprocess.run([pypy, *args], check=True, capture_output=True, text=True).stdout.strip()


def main():
    pypy = sys.argv[1] if len(sys.argv) > 1 else "pypy3"
    version = run(pypy, "-c", "import sys; print(sys.version.split()[0], sys.pypy_version_info[:3])")
    names = []
    with open(TABLE) as table:
        for line in table:
            line = line.split("#")[0].strip()
            if line:
                names.append(line.split()[0])
    with open(OUT, "w") as out:
        out.write("# Written by src/test/resources/record_pypy_imports.py from PyPy %s: do not edit.\n" % version)
        out.write("# 'startup:' the modules in sys.modules when a program starts; then, for each module of\n")
        out.write("# modules.table, what importing it first loads ('missing': PyPy has no such module: one of the model's own).\n")
        out.write("startup: " + run(pypy, "-c", "import sys; print(' '.join(sorted(sys.modules)))") + "\n")
        for name in names:
            if name == "lifeline_native":
                # the C test extension (a cpyext module on PyPy): importing it loads itself, like any module
                out.write(name + ": " + name + "\n")
            else:
                out.write(name + ": " + run(pypy, "-c", PROBE, name) + "\n")


if __name__ == "__main__":
    main()
