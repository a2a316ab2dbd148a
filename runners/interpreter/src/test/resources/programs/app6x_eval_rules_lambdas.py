# Business rules stored as text and turned into callables with eval; each lambda captures a threshold object.
import gc
import weakref

# includes: named.py
class Threshold(Named):
    died = "threshold freed"
    value = 100

RULES = [
    ("big", "lambda order: order['total'] > limit.value"),
    ("vip", "lambda order: order['customer'] in vips and order['total'] > limit.value / 2"),
    ("bulk", "lambda order: sum(order['items']) >= limit.value // 10"),
]

def build_rules(specs):
    compiled = {}
    for name, text in specs:
        env = {"limit": Threshold(name), "vips": {"ann", "bob"}}
        compiled[name] = eval(text, env)
    return compiled

orders = [
    {"customer": "ann", "total": 60, "items": [1, 2]},
    {"customer": "cid", "total": 150, "items": [5, 5, 5]},
    {"customer": "dee", "total": 20, "items": [9, 1]},
]

rules = build_rules(RULES)
for order in orders:
    hits = [name for name, rule in rules.items() if rule(order)]
    event("order", order["customer"], hits)

env_ref = weakref.ref(rules["big"].__globals__["limit"])
event("limit alive", env_ref() is not None, env_ref().name)
del rules["big"]
event("removed big rule")
gc.collect()
event("limit alive after collect", env_ref() is not None)
value = eval("sum(x * x for x in data)", {"data": [1, 2, 3]})
event("sum of squares", value)
expr = compile("a * b + c", "<formula>", "eval")
event("code", expr.co_filename, expr.co_name)
for a, b, c in [(1, 2, 3), (4, 5, 6)]:
    event("formula", eval(expr, {}, {"a": a, "b": b, "c": c}))
rules.clear()
event("rules cleared")
gc.collect()
event("end")
