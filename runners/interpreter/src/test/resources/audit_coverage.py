#!/usr/bin/env python3
"""Lists, for every language item, built-in, exception and module API that issue 3 names, the test
programs (programs/*.py) and scenarios (cases/**/*.yaml) that use it; COVERAGE.md is written from this.

Usage: audit_coverage.py [--json] [PYTHON]   (default: ~/.pyenv/versions/3.11.7/bin/python3.11)

Syntax is found with the ast module; methods of built-in types and functions of native modules are found
by running each program on real CPython 3.11 under sys.setprofile (c_call events name the C function and
the type of its self), so `x.pop()` is counted for list, dict or set by what x really was.
"""
import ast
import json
import os
import subprocess
import sys

from generate_expected import with_includes

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
CASES = os.path.normpath(os.path.join(HERE, "../../../../../cases"))

PROFILER = r'''
import builtins, json, sys
builtins.event = lambda *a: None
seen = set()
def prof(frame, what, fn):
    if what == "c_call":
        owner = getattr(fn, "__self__", None)
        if owner is None or isinstance(owner, type(sys)):
            seen.add((getattr(fn, "__module__", None) or "builtins") + "." + fn.__name__)
        else:
            seen.add(type(owner).__name__ + "." + fn.__name__)
src = open(sys.argv[1]).read()
sys.setprofile(prof)
try:
    exec(compile(src, sys.argv[1], "exec"), {"__name__": "__main__"})
except BaseException:
    pass
sys.setprofile(None)
print(json.dumps(sorted(seen)))
'''


def syntax_items(tree):
    """The issue's language items that this module's AST contains."""
    found = set()
    add = found.add
    for node in ast.walk(tree):
        t = type(node).__name__
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            add("async def" if isinstance(node, ast.AsyncFunctionDef) else "def")
            if a.args or a.posonlyargs:
                add("def: positional parameters")
            if a.defaults or any(d is not None for d in a.kw_defaults):
                add("def: default values")
            if a.kwonlyargs:
                add("def: keyword-only parameters")
            if a.vararg:
                add("def: *args")
            if a.kwarg:
                add("def: **kwargs")
        elif isinstance(node, ast.ClassDef):
            add("class")
            if len(node.bases) == 1:
                add("class: single inheritance")
            if len(node.bases) > 1:
                add("class: multiple inheritance")
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    add("class: methods")
                    if item.name.startswith("__") and item.name.endswith("__"):
                        add("dunder " + item.name)
                elif isinstance(item, (ast.Assign, ast.AnnAssign)):
                    add("class: class attributes")
        elif isinstance(node, ast.If):
            add("if")
            if len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
                add("elif")
            elif node.orelse:
                add("else")
        elif isinstance(node, (ast.While, ast.For)):
            add(t.lower())
            if node.orelse:
                add(t.lower() + "-else")
        elif isinstance(node, ast.Try):
            add("try/except" if node.handlers else "try/finally")
            if node.orelse:
                add("try: else")
            if node.finalbody:
                add("try: finally")
            for h in node.handlers:
                if h.name:
                    add("except E as e")
        elif isinstance(node, ast.Raise):
            add("raise" if node.exc else "bare raise")
            if node.cause:
                add("raise X from Y")
        elif isinstance(node, ast.Delete):
            for target in node.targets:
                add({"Name": "del name", "Attribute": "del attribute", "Subscript": "del subscript"}.get(
                    type(target).__name__, "del other"))
        elif isinstance(node, ast.Assign):
            if len(node.targets) > 1:
                add("chained assignment")
            for target in node.targets:
                add("assign to " + {"Name": "name", "Attribute": "attribute", "Subscript": "subscript",
                                    "Tuple": "tuple target", "List": "list target",
                                    "Starred": "starred"}[type(target).__name__])
        elif isinstance(node, ast.Compare):
            if len(node.ops) > 1:
                add("chained comparison")
            for op in node.ops:
                add({"Is": "is", "IsNot": "is", "In": "in", "NotIn": "in"}.get(type(op).__name__, "comparison"))
        elif isinstance(node, ast.BinOp):
            add("arithmetic " + type(node.op).__name__)
            if isinstance(node.op, ast.Mod) and isinstance(node.left, (ast.Constant, ast.JoinedStr)) \
                    and isinstance(getattr(node.left, "value", ""), str):
                add("% formatting")
        elif isinstance(node, ast.Constant):
            v = node.value
            if isinstance(v, bool) or v is None:
                add("literal None/True/False")
            elif isinstance(v, int):
                add("literal big int" if abs(v) >= 2 ** 63 else "literal int")
            else:
                add("literal " + type(v).__name__)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format" \
                and isinstance(node.func.value, ast.Constant):
            add("str.format")
        elif isinstance(node, ast.Attribute) and node.attr == "value":
            add("attribute .value")
        simple = {"Lambda": "lambda", "Nonlocal": "nonlocal", "Global": "global", "Break": "break",
                  "Continue": "continue", "With": "with", "AugAssign": "augmented assignment",
                  "Assert": "assert", "Yield": "yield", "YieldFrom": "yield from", "Await": "await",
                  "ListComp": "list comprehension", "SetComp": "set comprehension",
                  "DictComp": "dict comprehension", "GeneratorExp": "generator expression",
                  "List": "list display", "Tuple": "tuple display", "Dict": "dict display",
                  "Set": "set display", "JoinedStr": "f-string", "BoolOp": "boolean op",
                  "IfExp": "conditional expression", "Import": "import", "ImportFrom": "from import",
                  "UnaryOp": "unary op"}
        if t in simple:
            add(simple[t])
        if isinstance(node, ast.Name):
            add("name " + node.id)
        if isinstance(node, ast.Attribute):
            add("attr " + node.attr)
    return found


def runtime_calls(python, source):
    with open("/tmp/_audit_src.py", "w") as f:
        f.write(source)
    proc = subprocess.run([python, "-c", PROFILER, "/tmp/_audit_src.py"], capture_output=True, text=True,
                          timeout=60, env=dict(os.environ, PYTHONHASHSEED="0"))
    try:
        return set(json.loads(proc.stdout.strip().splitlines()[-1]))
    except (IndexError, ValueError):
        return set()


def sources():
    for f in sorted(os.listdir(PROGRAMS)):
        if f.endswith(".py"):
            with open(os.path.join(PROGRAMS, f)) as fh:
                # With the programs/lib/ files it includes, as the models and the real interpreters run it.
                yield "programs/" + f, with_includes(os.path.join(PROGRAMS, f), fh.read())
    import yaml
    for root, _, files in sorted(os.walk(CASES)):
        for f in sorted(files):
            if f.endswith(".yaml"):
                with open(os.path.join(root, f)) as fh:
                    doc = yaml.safe_load(fh)
                if isinstance(doc, dict) and "source" in doc:
                    yield os.path.relpath(os.path.join(root, f), os.path.dirname(CASES)), doc["source"]


# (section, item, keys that must all occur in one source)
LANGUAGE = [
    ("modules (import, from ... import)", ["import", "from import"]),
    ("def: positional parameters", ["def: positional parameters"]),
    ("def: default values", ["def: default values"]),
    ("def: keyword-only parameters", ["def: keyword-only parameters"]),
    ("def: *args", ["def: *args"]), ("def: **kwargs", ["def: **kwargs"]), ("lambda", ["lambda"]),
    ("closures: nonlocal (cells)", ["nonlocal"]), ("closures: global", ["global"]),
    ("class: single inheritance", ["class: single inheritance"]),
    ("class: multiple inheritance", ["class: multiple inheritance"]),
    ("class: methods", ["class: methods"]), ("class: class attributes", ["class: class attributes"]),
    ("super()", ["name super"]),
] + [("`%s`" % d, ["dunder " + d]) for d in ["__init__", "__del__", "__repr__", "__eq__", "__hash__",
                                             "__iter__", "__next__", "__enter__", "__exit__", "__await__",
                                             "__call__", "__getattr__"]] + [
    ("if/elif/else", ["if", "elif", "else"]), ("while ... else", ["while-else"]),
    ("for ... else", ["for-else"]), ("break", ["break"]), ("continue", ["continue"]),
    ("try/except/else/finally", ["try/except", "try: else", "try: finally"]),
    ("except E as e", ["except E as e"]), ("raise", ["raise"]), ("raise X from Y", ["raise X from Y"]),
    ("bare re-raise", ["bare raise"]), ("with", ["with"]),
    ("del name", ["del name"]), ("del attribute", ["del attribute"]), ("del subscript", ["del subscript"]),
    ("assign to name", ["assign to name"]), ("assign to attribute", ["assign to attribute"]),
    ("assign to subscript", ["assign to subscript"]), ("assign to tuple target", ["assign to tuple target"]),
    ("assign to list target", ["assign to list target"]), ("chained assignment", ["chained assignment"]),
    ("augmented assignment", ["augmented assignment"]), ("assert", ["assert"]),
    ("yield", ["yield"]), ("yield from", ["yield from"]), ("generator send", ["call generator.send"]),
    ("generator throw", ["call generator.throw"]), ("generator close", ["call generator.close"]),
    ("GeneratorExit", ["name GeneratorExit"]), ("StopIteration.value", ["name StopIteration", "attr value"]),
    ("async def", ["async def"]), ("await", ["await"]), ("coroutine send", ["call coroutine.send"]),
    ("coroutine throw", ["call coroutine.throw"]), ("coroutine close", ["call coroutine.close"]),
    ("types.coroutine", ["attr coroutine"]),
    ("list comprehension", ["list comprehension"]), ("set comprehension", ["set comprehension"]),
    ("dict comprehension", ["dict comprehension"]), ("generator expression", ["generator expression"]),
    ("literal int", ["literal int"]), ("literal big int", ["literal big int"]),
    ("literal float", ["literal float"]), ("literal str", ["literal str"]), ("literal bytes", ["literal bytes"]),
    ("literal None/True/False", ["literal None/True/False"]),
    ("list display", ["list display"]), ("tuple display", ["tuple display"]),
    ("dict display", ["dict display"]), ("set display", ["set display"]), ("f-strings", ["f-string"]),
    ("% formatting", ["% formatting"]), ("str.format", ["call str.format"]),
    ("chained comparison", ["chained comparison"]), ("is / is not", ["is"]), ("in / not in", ["in"]),
    ("boolean ops", ["boolean op"]), ("conditional expression", ["conditional expression"]),
] + [("arithmetic " + op, ["arithmetic " + op]) for op in
     ["Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift", "BitAnd", "BitOr", "BitXor"]]
BUILTINS = ["event", "print", "len", "range", "iter", "next", "isinstance", "issubclass", "id", "type", "object",
            "str", "repr", "int", "float", "bool", "list", "tuple", "dict", "set", "enumerate", "zip", "sorted",
            "reversed", "min", "max", "sum", "any", "all", "hasattr", "getattr", "setattr", "callable", "super"]
EXCEPTIONS = ["BaseException", "Exception", "GeneratorExit", "StopIteration", "StopAsyncIteration", "ValueError",
              "TypeError", "KeyError", "IndexError", "AttributeError", "NameError", "RuntimeError",
              "RecursionError", "MemoryError", "ZeroDivisionError", "AssertionError", "NotImplementedError",
              "UnboundLocalError"]
METHODS = {"str": "join split strip lstrip rstrip replace startswith endswith upper lower find index count "
                  "format encode partition".split(),
           "list": "append extend insert pop remove index count sort reverse clear copy".split(),
           "dict": "get keys values items pop setdefault update clear copy popitem".split(),
           "set": "add discard remove pop update clear copy union intersection difference".split(),
           "tuple": "count index".split()}
MODULES = [("weakref.ref with callback", ["attr ref", "name weakref"]), ("weakref.finalize", ["attr finalize"]),
           ("weakref.WeakValueDictionary", ["attr WeakValueDictionary"]),
           ("weakref.WeakKeyDictionary", ["attr WeakKeyDictionary"]), ("weakref.WeakSet", ["attr WeakSet"])] + \
          [("gc." + f, ["call gc." + f]) for f in ["collect", "enable", "disable", "isenabled", "get_count",
                                                   "get_threshold", "set_threshold"]] + \
          [("gc.garbage", ["attr garbage"])] + \
          [("sys." + f, ["call sys." + f]) for f in ["_getframe", "getrefcount", "exc_info", "exception",
                                                     "getrecursionlimit", "setrecursionlimit"]] + \
          [("types.coroutine", ["attr coroutine"]), ("contextlib.contextmanager", ["attr contextmanager"])]


def checklist():
    yield from (("Language", item, keys) for item, keys in LANGUAGE)
    for b in BUILTINS:
        keys = ["call builtins." + b] if b in {"print", "len", "iter", "next", "isinstance", "issubclass", "id",
                                               "repr", "sorted", "min", "max", "sum", "any", "all", "hasattr",
                                               "getattr", "setattr", "callable"} else ["name " + b]
        yield "Built-ins", "`%s`" % b, keys
    for e in EXCEPTIONS:
        yield "Exceptions", "`%s`" % e, ["name " + e]
    for t, ms in METHODS.items():
        for m in ms:
            yield "Methods", "`%s.%s`" % (t, m), ["call %s.%s" % (t, m)]
    yield from (("Modules", item, keys) for item, keys in MODULES)


def report(index):
    """Markdown rows: section | item | where (programs first) or missing."""
    rows, missing = [], 0
    for section, item, keys in checklist():
        where = set.intersection(*(set(index.get(k, [])) for k in keys))
        best = sorted(where, key=lambda w: (not w.startswith("programs/"), w))
        if not best:
            missing += 1
        rows.append("| %s | %s | %s |" % (section, item, ", ".join("`%s`" % w for w in best[:2]) or "missing"))
    return rows, missing


def main(argv):
    as_json = "--json" in argv
    argv = [a for a in argv if a != "--json"]
    python = argv[0] if argv else os.path.expanduser("~/.pyenv/versions/3.11.7/bin/python3.11")
    index = {}
    for name, src in sources():
        try:
            items = syntax_items(ast.parse(src))
        except SyntaxError:
            continue
        items |= {"call " + c for c in runtime_calls(python, src)}
        for item in items:
            index.setdefault(item, []).append(name)
    if as_json:
        json.dump(index, sys.stdout, indent=0, sort_keys=True)
        return
    rows, missing = report(index)
    print("| section | item | tested by |\n|---|---|---|")
    print("\n".join(rows))
    print("\n%d items, %d covered, %d missing" % (len(rows), len(rows) - missing, missing))


if __name__ == "__main__":
    main(sys.argv[1:])
