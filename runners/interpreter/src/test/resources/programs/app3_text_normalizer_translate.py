# A slug/header normalizer built from str.partition, translate/maketrans and friends
class Header:
    def __init__(self, line):
        name, sep, value = line.partition(":")
        self.name = name.strip().casefold()
        self.value = value.strip() if sep else None
    def __del__(self):
        event("header freed", self.name)

TABLE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", " ": "-"})
STRIP = str.maketrans("", "", "!?.,")
SWAP = str.maketrans("abc", "xyz")

def slug(title):
    return title.lower().translate(STRIP).translate(TABLE)

event("slug", slug("Hällo Wörld, Über!"), slug("Ready? Go."))
event("swap", "aabbcc".translate(SWAP), sorted(SWAP.items()))
h = Header("Content-Type: text/html; charset=utf-8")
event("header", h.name, h.value)
event("params", h.value.partition(";")[2].strip().partition("="))
event("rpartition", "a.b.c".rpartition("."), "abc".rpartition("."), "abc".partition("x"))
h = Header("X-Flag")
event("no sep", h.name, h.value)
event("prefix", "v1.2".removeprefix("v"), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("x"))
event("split", "a,b,,c".split(","), "a b  c".split(), "k=v=w".split("=", 1), "a\nb\r\nc".splitlines())
event("case", "hello world".title(), "ǅ".casefold(), "Straße".casefold(), "aBc".swapcase(), "x".center(5, "*"))
event("pad", "42".zfill(5), "-7".zfill(4), "ab".ljust(4, ".") + "|", "ab".rjust(4) + "|")
event("tests", "abc".isalpha(), "12".isdigit(), "x_1".isidentifier(), " ".isspace(), "Ab".istitle())
event("misc", "tab\there".expandtabs(4), "-".join(["a", "b"]), "abcabc".rfind("b"), "abc".index("c"))
try:
    "abc".index("z")
except ValueError as e:
    event("ValueError", e)
del h
event("end")
