# Templates filled with str.format_map over a dict subclass whose __missing__ supplies placeholders
class Defaults(dict):
    def __missing__(self, key):
        event("missing", key)
        return "<" + key + ">"

class User:
    def __init__(self, name, langs):
        self.name, self.langs = name, langs
    def __format__(self, spec):
        return self.name.upper() if spec == "u" else self.name
    def __del__(self):
        event("user freed", self.name)

u = User("ada", ["en", "fr"])
ctx = Defaults(user=u, n=3)
event("basic", "Hi {user}, you have {n} messages".format_map(ctx))
event("missing", "{user:u} from {city}".format_map(ctx))
event("attr and index", "{user.name} speaks {user.langs[1]}".format_map(ctx))
event("spec", "{n:>4}|{n:04d}|{n!r}".format_map(ctx))
event("plain dict", "{a}-{b}".format_map({"a": 1, "b": 2}))
try:
    "{x}".format_map({})
except KeyError as e:
    event("KeyError", e)
d = Defaults()
event("getitem", d["zz"], "zz" in d, d.get("zz", "get skips missing"))
del ctx
event("ctx dropped")
tmpl = "{0[name]} is {0[age]}"
event("positional index", tmpl.format({"name": "bo", "age": 4}))
del u
event("end")
