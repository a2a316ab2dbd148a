# queue without threads (Queue over a deque, LifoQueue and PriorityQueue over lists, SimpleQueue: C on CPython, a
# list on 3.10-3.12 freed last item first and a ring buffer on 3.13 freed first item first, a deque on PyPy),
# io.StringIO, textwrap, reprlib (recursive_repr), sys.intern, contextlib.redirect_stdout/stderr, and copy of a
# __slots__ instance (object.__reduce_ex__'s slot state): Python source (Lib/*.py) on every interpreter.
import contextlib
import gc
import io
import queue
import reprlib
import sys
import textwrap


class P:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        event("del", self.n)


for cls in (queue.SimpleQueue, queue.Queue, queue.LifoQueue):
    q = cls()
    for i in range(5):
        q.put(P(i))
    x = q.get()
    event("got", x.n, q.qsize(), q.empty())
    del x
    del q
    event("dropped")
q = queue.PriorityQueue()
for i in (3, 1, 2):
    q.put((i, P(i)))
event("pq", q.get()[0])
del q
event("pq dropped")
q = queue.Queue(maxsize=1)
q.put(1)
try:
    q.put_nowait(2)
except queue.Full:
    event("full", q.full())
q.get()
q.task_done()
q.join()
event("joined")
try:
    q.get_nowait()
except queue.Empty:
    event("empty")
s = io.StringIO()
s.write("ab\n")
print("hello", file=s)
event(repr(s.getvalue()), s.tell())
s.seek(0)
event(repr(s.readline()), repr(s.read()))
event(list(io.StringIO("x\ny\n")))
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("captured", 1)
    sys.stdout.write("direct\n")
    inside = target is buf
event(repr(buf.getvalue()), inside)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("oops", file=sys.stderr)
event(repr(err.getvalue()), sys.stdout is sys.__stdout__)
with io.StringIO("abc") as f:
    event(f.read(2), f.closed)
event(f.closed)
text = "The quick brown fox jumps over the lazy dog; a well-known pangram used by type-setters everywhere since forever."
event(textwrap.wrap(text, 30))
event(repr(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  ')))
event(textwrap.shorten(text, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
event(repr(textwrap.dedent("""
    def f():
        return 1
  \t
    x = 2
""")))
event(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
event(textwrap.wrap("supercalifragilisticexpialidocious-word and more", 10))
event(textwrap.wrap("one two three four five six", 10, max_lines=2))
event(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: str(i) for i in range(10)}))
event(reprlib.repr((1,)), reprlib.repr(set(range(20))), reprlib.repr(2 ** 200), reprlib.repr([[[[[[[1]]]]]]]))


class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % self.children
n = Node(); n.children.append(n); event(repr(n), Node.__repr__.__name__)
a = sys.intern('hello' + str(1)); b = sys.intern('hel' + 'lo1'); event(a is b)


class Slotted:
    __slots__ = ("__weakref__", "name", "payload", "secret")

    def __init__(self, name):
        self.name = name
        self.payload = P(name)
        self.secret = [name]


import copy
original = Slotted("s")
shallow = copy.copy(original)
deep = copy.deepcopy(original)
event(shallow.payload is original.payload, deep.payload is original.payload, deep.payload.n, deep.secret)
del original, shallow
event("original and shallow copy dropped")
del deep
gc.collect()
event("end")
