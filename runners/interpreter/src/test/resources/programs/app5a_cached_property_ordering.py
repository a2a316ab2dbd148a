# Versioned documents: cached_property caching and invalidation, total_ordering, reduce with an initial value
import functools
import weakref

class Index:
    def __init__(self, words):
        self.words = words
    def __del__(self):
        event("index freed", len(self.words))

@functools.total_ordering
class Document:
    def __init__(self, title, version, text):
        self.title = title
        self.version = version
        self.text = text
    @functools.cached_property
    def index(self):
        event("building index", self.title)
        return Index(sorted(set(self.text.split())))
    def edit(self, text):
        self.text = text
        self.__dict__.pop("index", None)
        event("invalidated", self.title)
    def __eq__(self, other):
        return (self.title, self.version) == (other.title, other.version)
    def __lt__(self, other):
        return (self.title, self.version) < (other.title, other.version)
    def __repr__(self):
        return f"{self.title}@{self.version}"

d1 = Document("guide", 2, "b a b c")
d2 = Document("guide", 1, "x y")
d3 = Document("api", 5, "q")
event("ordering", sorted([d1, d2, d3]), d1 >= d2, d2 <= d3, d1 != d2, max(d1, d3))
event("index", d1.index.words, d1.index is d1.index, "index" in vars(d1))
w = weakref.ref(d1.index, lambda r: event("index ref cleared"))
d1.edit("z z")
event("after edit", w() is None, d1.index.words)
del d1.index
event("deleted cached value")
d1.index = Index(["manual"])
event("assigned", d1.index.words)
event("descriptor", type(Document.__dict__["index"]).__name__, Document.index.attrname)

total = functools.reduce(lambda acc, d: acc + len(d.text), [d1, d2, d3], 0)
merged = functools.reduce(lambda acc, d: {**acc, d.title: d.version}, [d2, d1, d3], {"seed": 0})
event("reduce", total, merged)
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    event("empty reduce", e)
event("single", functools.reduce(lambda a, b: a * b, [7]))
del d1
event("d1 dropped")
d2.index
d2 = None
event("end")
