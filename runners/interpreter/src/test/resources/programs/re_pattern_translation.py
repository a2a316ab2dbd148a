# re's pattern syntax as the models translate it for java.util.regex: alternation, classes (a leading ], escapes,
# & and [ as literals), braces that are no repeat, Python escapes (\x \u \U \0 \N{}), lookarounds, anchors (\Z,
# $ before a final newline), verbose mode, Unicode and ASCII classes, group numbering, lastindex, empty matches in
# finditer/sub/split (3.7+), sub templates, pos/endpos, and re.error positions. Expectations from the real interpreters.
import re
cases = [
    (r"a|b", "cab"), (r"(a)|(b)", "b"), (r"(?:ab)+", "ababx"), (r"a*?b", "aab"), (r"[^a-c]+", "abcdef"),
    (r"[]a]", "]"), (r"[a\]]+", "a]a"), (r"[\w.-]+@[\w.-]+", "x joe.b@ex-a.com y"), (r"\s+", "a \t\nb"),
    (r"^\s*#", "  # c"), (r"(\d+)-(\d+)", "10-20"), (r"\bfoo\b", "a foo b"), (r"\Bo", "foo"),
    (r"x{2}", "xxx"), (r"x{1,2}?", "xxx"), (r"\{\}", "{}"), (r"{}", "{}"), (r"a{", "a{"), (r"a{x}", "a{x}"),
    (r"\x41\u0042\U00000043", "ABC"), (r"\0", "\0"), (r"\t\n", "\t\n"), (r"[\d]", "5"), (r"[\s\S]", "x"),
    (r"(?=a)a", "a"), (r"(?!b)\w", "bc"), (r"(?<=a)b", "ab"), (r"(?<!a)b", "cb"), (r".", "\n"),
    (r"(?s).", "\n"), (r"(?m)^b", "a\nb"), (r"a$", "a\n"), (r"a\Z", "a"), (r"[&&]", "&"), (r"[[]", "["),
    (r"#", "#"), (r"(?x) a b # c", "ab"), (r"(?x)[ ]", " "), (r"\.", "."), (r"\-", "-"), (r"\d+", "١٢٣"),
    (r"(?a)\d+", "١٢٣"), (r"(?i)straße", "STRASSE"), (r"(?i)k", "\u212a"), (r"\w+", "naïve_1"),
    (r"(?P<a>x)(?P<b_c>y)?", "x"), (r"((a)|(b))+", "ab"), (r"(a*)*", "b"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"\$\d+\.\d\d", "cost $12.50"), (r"\\", "\\"), (r"[-a]", "-"), (r"[a-]", "-"), (r"[\^]", "^"),
    (r"é+", "éé"), (r"(?#comment)a", "a"), (r"\N{DIGIT ONE}", "1"),
]
for pat, s in cases:
    try:
        p = re.compile(pat)
    except re.error as e:
        event(repr(pat), "error", e.msg); continue
    m = p.search(s)
    event(repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex), p.findall(s), repr(p.sub("_", s)), p.split(s))
for pat, s in [(r"a*", "baaa"), (r"\b", "a b"), (r"", "abc"), (r"(?:)", "ab"), (r"a|", "bab"), (r"^", "a\nb"),
               (r"(?m)^", "a\nb"), (r"(?m)$", "a\nb\n"), (r"$", "a\n")]:
    event(repr(pat), [m.span() for m in re.finditer(pat, s)], repr(re.sub(pat, "-", s)), re.split(pat, s))
for bad in ["(", ")", "[a", "a**", "*a", r"\k", r"(?P<1a>x)", r"(?P=zz)", r"\2(a)", "a{3,2}", "(?z)"]:
    try:
        re.compile(bad); event(repr(bad), "ok")
    except re.error as e:
        event(repr(bad), "error", e.pos)
for t in [r"\g<0>\g<0>", r"\1\1", r"[\g<1>]", r"\\1", r"a\&b", r"\08"]:
    event(repr(t), re.sub(r"(b)", t, "abc"))
event(re.sub(r"b", lambda m: None, "abc") if False else "skip")
event(re.findall(r"(a)(b)?", "aab"), re.split(r"(a)(x)?", "1a2"), re.match(r"(a)", "a").regs)
event(re.fullmatch(r"a|ab", "ab"), re.compile(r"\d").match("a1", 1), re.compile(r"\d").fullmatch("a12", 1, 2))
event(re.compile(r"$").search("ab\n", 0, 2), re.compile(r"(?<=a)b").match("ab", 1))
