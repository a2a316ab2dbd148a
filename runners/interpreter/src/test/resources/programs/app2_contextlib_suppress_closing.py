# includes: named.py
# contextlib helpers: suppress missing keys, closing() a page iterator, nullcontext as an optional lock
from contextlib import suppress, closing, nullcontext

class Page(Named):
    died = "del page"

class Cursor:
    def __init__(self, pages):
        self.pages = pages
        self.closed = False
    def close(self):
        self.closed = True
        event("cursor closed")
    def __iter__(self):
        for n in range(self.pages):
            yield Page(n)

class Lock:
    def __enter__(self):
        event("lock")
        return self
    def __exit__(self, *exc):
        event("unlock", exc[0].__name__ if exc[0] else None)
        return False

cache = {"a": Page(10)}
with suppress(KeyError, IndexError):
    event("got", cache["a"].name)
    cache["b"]
    event("not reached")
event("suppressed")
with closing(Cursor(3)) as cur:
    for page in cur:
        event("page", page.name)
        if page.name == 1:
            break
event("after closing", cur.closed, page.name)
del page
for use_lock in (True, False):
    with (Lock() if use_lock else nullcontext("no lock")) as held:
        event("held", type(held).__name__ if use_lock else held)
with nullcontext(Page(99)) as p:
    event("null holds", p.name)
del p
event("end")
