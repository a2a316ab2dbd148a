# A hand-written tokenizer yields Token namedtuples from an expression, and a parser drops them as it goes
from collections import namedtuple
from typing import Iterator

Token = namedtuple("Token", ["kind", "text", "pos"])

class Source:
    def __init__(self, text):
        self.text = text
    def __del__(self):
        event("source freed")

def tokenize(src: Source) -> Iterator[Token]:
    text = src.text
    i = 0
    try:
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
                continue
            if ch.isdigit():
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                yield Token("NUM", text[i:j], i)
                i = j
            elif ch.isalpha() or ch == "_":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                yield Token("NAME", text[i:j], i)
                i = j
            elif ch in "+-*/()=":
                yield Token("OP", ch, i)
                i += 1
            else:
                raise SyntaxError(f"unexpected {ch!r} at {i}")
    finally:
        event("tokenizer done at", i)

tokens = list(tokenize(Source("rate = base_1 * (3.5 + x)")))
event(" ".join(f"{t.kind}:{t.text}" for t in tokens))
event("names", [t.text for t in tokens if t.kind == "NAME"])
gen = tokenize(Source("a + $"))
event(next(gen)._asdict())
try:
    for tok in gen:
        event("tok", tok.text)
except SyntaxError as e:
    event("error", e.msg if hasattr(e, "msg") else e)
del gen
event("end")
