# Child nodes hold their document through weakref.proxy: use after the document dies is a ReferenceError
import weakref
import gc

class Document:
    def __init__(self, title):
        self.title = title
        self.children = []
    def add(self, text):
        child = Paragraph(self, text)
        self.children.append(child)
        return child
    def __len__(self):
        return len(self.children)
    def __del__(self):
        event("del document", self.title)

class Paragraph:
    def __init__(self, doc, text):
        self.doc = weakref.proxy(doc, lambda p: event("proxy callback", text))
        self.text = text
    def describe(self):
        return f"{self.text} in {self.doc.title} ({len(self.doc)} paragraphs)"
    def __del__(self):
        event("del paragraph", self.text)

doc = Document("guide")
first = doc.add("intro")
doc.add("usage")
event(first.describe())
event("proxy type", type(first.doc).__name__, first.doc == doc)
del doc
gc.collect()
event("document gone")
try:
    first.describe()
except ReferenceError as e:
    event("ReferenceError", e)
first = None
event("end")
