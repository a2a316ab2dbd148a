# re on a str subclass (a Match keeps the caller's object, results are exact str), Pattern[str]/Match[str] in
# annotations, sub with a callback and a count, and a callback returning a non-str (the join's TypeError).
import re
class S(str):
    pass
def f(p: re.Pattern[str]) -> "re.Match[str] | None":
    return p.search(S("cat"))
m = f(re.compile("a"))
event(m.group(), type(m.string).__name__)
event(re.sub("a", "o", S("cat")), re.findall("[a-z]", S("ab")))
event(re.sub("(?P<x>a)", lambda m: m.group("x") * 2, "banana", count=2))
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    event("TypeError", e)
