# includes: named.py
# A document with __copy__ and __deepcopy__: the copy shares its cache, the deep copy rebuilds it
import copy

class Cache:
    def __init__(self, name):
        self.name = name
        self.data = {}
    def __del__(self):
        event("del cache", self.name)

class Section(Named):
    died = "del section"
    def __repr__(self):
        return self.name

class Document:
    def __init__(self, name, sections):
        self.name = name
        self.sections = sections
        self.cache = Cache(name)
    def __copy__(self):
        event("copy", self.name)
        new = Document.__new__(Document)
        new.__dict__.update(self.__dict__)
        new.name = self.name + "-copy"
        return new
    def __deepcopy__(self, memo):
        event("deepcopy", self.name, len(memo))
        new = Document(self.name + "-deep", copy.deepcopy(self.sections, memo))
        return new
    def __del__(self):
        event("del doc", self.name)

doc = Document("spec", [Section("intro"), Section("body")])
shallow = copy.copy(doc)
deep = copy.deepcopy(doc)
event("shared", shallow.cache is doc.cache, shallow.sections is doc.sections, deep.sections[0] is doc.sections[0])
event("deep sections", deep.sections, deep.cache.name)
del doc
event("doc dropped")
shallow.sections.pop()
event("body still in nothing else?")
del shallow
event("shallow dropped")
del deep
event("end")
