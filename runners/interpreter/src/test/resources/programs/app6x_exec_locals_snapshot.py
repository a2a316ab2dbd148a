# Templating helper: exec runs generated assignments against a function's locals and a scratch dict.
# includes: named.py
class Token(Named):
    died = "token dropped"

def render(template_vars):
    header = Token("header")
    scratch = {}
    code = "\n".join("%s = %r" % (k, v) for k, v in sorted(template_vars.items()))
    exec(code, {}, scratch)
    event("scratch", sorted(scratch.items()))
    exec("header = Token('replaced')", {"Token": Token})
    event("header still", header.name)
    exec("shout = header.name.upper()")
    event("locals has shout", "shout" in locals())
    return scratch

def counts():
    n = 1
    exec("n = n + 41")
    event("n after exec", n)
    ns = {}
    exec("def double(v):\n    return v * 2\n", ns)
    return ns["double"](n)

out = render({"title": "Hi", "count": 3})
event("rendered", out)
event("counts", counts())
result = eval("[Token(t) for t in ('a', 'b')]")
event("tokens", [t.name for t in result])
del result[0]
event("removed first")
result = None
event("end")
