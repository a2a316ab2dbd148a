# Validating user formulas: compile each, report syntax errors with their position, run the valid ones.
# includes: named.py
class Cell(Named):
    died = "cell freed"

FORMULAS = {
    "c1": "a1 + b1",
    "c2": "a1 * ",
    "c3": "max(a1, b1) - min(a1, b1)",
    "c4": "a1 +* b1",
    "c5": "(lambda x: x * 2)(b1)",
}

sheet = {"a1": Cell("a1"), "b1": Cell("b1")}
sheet["a1"].value, sheet["b1"].value = 4, 10
values = {k: c.value for k, c in sheet.items()}
compiled = {}
for ref, text in FORMULAS.items():
    try:
        compiled[ref] = compile(text, "<cell %s>" % ref, "eval")
    except SyntaxError as e:
        event("syntax error", ref, e.filename, e.lineno)
for ref, code in compiled.items():
    event("value", ref, eval(code, {"__builtins__": {"max": max, "min": min}}, values))
try:
    compile("x = 1", "<s>", "block")
except ValueError as e:
    event("bad mode", e)
try:
    eval(compile("undefined_name + 1", "<cell z>", "eval"), {})
except NameError as e:
    event("name error", e)
module_code = compile("total = sum(v for v in values.values())\nevent('inside', total)\n", "<sheet>", "exec")
event("exec returns", exec(module_code, {"values": values}))
del sheet["a1"]
event("a1 removed")
sheet = None
event("end")
