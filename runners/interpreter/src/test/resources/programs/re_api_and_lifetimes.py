# re (CPython's _sre types under Lib/re/__init__.py): the module functions and compiled patterns, group semantics
# (unmatched groups are None, lastindex/lastgroup, split with groups, sub templates, empty matches per 3.7+), and
# what the objects hold: a Match keeps its string and pattern, finditer's iterator keeps a scanner over the string,
# sub's callback gets one Match per replacement, dropped after the call; Patterns and Matches take no weakrefs.
# includes: probe.py, named.py
import gc
import re
import weakref

p = re.compile(r"(?P<key>\w+)=(?P<value>\d+)?")
event("pattern", p.pattern, p.groups, sorted(p.groupindex.items()), p.flags == re.UNICODE)
m = p.search("  name=42 rest")
event("match", m.group(), m.group(1), m["value"], m.groups(), m.groupdict())
event("span", m.span(), m.start(2), m.end("key"), m.pos, m.endpos, m.re is p, m.string)
event("last", m.lastindex, m.lastgroup, m.expand(r"\g<value>:\1"), repr(m))
m2 = p.match("flag= tail")
event("unmatched", m2.groups(), m2.groups("-"), m2.group(2), m2.groupdict("?"), m2.lastindex, m2.lastgroup)
event("nested", re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)?", "a").lastindex,
      re.match(r"(?P<x>a)|(?P<y>b)", "b").lastgroup, re.match("a", "a").lastindex)
event("none", re.match(r"\d", "x"), re.fullmatch(r"\d+", "123x"), re.fullmatch(r"\d+", "123").group())
event("findall", re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)?", "a1b"), re.findall(r"x*", "axxb"))
event("finditer", [mm.span() for mm in re.finditer(r"\b\w", "one two  three")])
event("split", re.split(r"[,;]\s*", "a, b;c"), re.split(r"(,)|(;)", "a,b;c"), re.split(r"\W+", "a b c", 1))
event("split empty", re.split(r"\b", "ab cd"), re.split(r"x*", "axbc"))
event("sub", re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home"), re.sub(r"x*", "-", "abxd"),
      re.subn(r"\d", "#", "a1b2c3", count=2), re.sub(r"(?P<w>o)", r"[\g<w>\g<0>]", "foo"))
event("sub escapes", re.sub("a", r"\n\\", "bab") == "b\n\\b", re.sub(r"(a)|b", r"<\1>", "ab"))
event("flags", re.findall(r"^\w", "ab\ncd", re.M), re.match(r"A.B", "a\nb", re.I | re.S).group() == "a\nb",
      re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo", re.A),
      re.search(r"""(\d+) # digits
                    \s* ([a-z]+) # word""", "12  ab", re.X).groups())
event("inline", re.match(r"(?i)abc", "ABC").group(), re.match(r"a(?i:b)c", "aBc").group(),
      re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' x").group(), re.match(r"(a)\1", "aa").group())
event("anchors", re.search(r"a\Z", "ba\n"), re.search(r"a$", "ba\n").span(), re.search(r"\Aba", "ba").span())
event("braces", re.findall(r"{(\w+)}", "x{a}{bc}"), re.match(r"a{2,}", "aaa").group(), re.match(r"a{,2}", "aaa").group())
event("pos", p.search("a=1 b=2", 3).group(), p.match("a=1 b=2", 4, 6).group(), re.compile("^b").search("ab", 1))
event("escape", re.escape("a.b*c"), re.escape("x y_z-1"))
event("repr", repr(p), repr(re.compile("a", re.I | re.M)), re.compile("x") == re.compile("x"))
event("cached", re.compile(r"\d+") is re.compile(r"\d+"), type(p).__name__, type(m).__name__,
      isinstance(p, re.Pattern), isinstance(m, re.Match))
re.purge()
try:
    re.compile("(a")
except re.error as e:
    event("error", type(e).__name__, e.pos, e.pattern)
try:
    m.group(5)
except IndexError as e:
    event("index", e)
for obj in (p, m):
    try:
        weakref.ref(obj)
    except TypeError as e:
        event("no weakref", type(obj).__name__)

# The compiled-pattern cache: 512 entries, oldest dropped first; 3.12+ keeps a hit in the 512 (LRU) and 256 newest.
re.purge()
first = re.compile("first0")
for i in range(510):
    re.compile("p%d" % i)
re.compile("first0")
for i in range(510, 530):
    re.compile("p%d" % i)
event("cache hit keeps first0", re.compile("first0") is first)
for i in range(600):
    re.compile("q%d" % i)
event("cache evicted", re.compile("first0") is not first)
del first


# Lifetimes: the callback's objects, the Matches it is handed, and what holds the text.
class Doc(Named):
    died = "del doc"

    def __init__(self, name, text):
        super().__init__(name)
        self.text = text


kept = []


def shout(match):
    probe = Probe("repl " + match.group())
    kept.append(weakref.ref(probe))
    return match.group().upper()


event("sub call", re.sub(r"[aeiou]", shout, "hello"))
event("probes gone", [r() is None for r in kept])

seen = []


def keep(match):
    seen.append(match)
    return "*"


doc = Doc("d1", "cat hat")
event("sub keep", re.sub("at", keep, doc.text), [s.group() for s in seen])
text = doc.text
del doc
event("doc dropped")
event("matches hold string", seen[0].string is text, seen[0].string)
seen.clear()

doc = Doc("d2", "x1 y2 z3")
it = re.finditer(r"\w(\d)", doc.text)
first = next(it)
del doc
event("iterator alive", first.group(1))
event("rest", [mm.group() for mm in it])
del it, first
gc.collect()
event("end")
