# includes: named.py
# namedtuple records updated with _replace, built with _make, read with _asdict and defaults
from collections import namedtuple

class Blob(Named):
    died = "del blob"
    def __repr__(self):
        return "Blob(" + self.name + ")"

Version = namedtuple("Version", "number author blob", defaults=(None,))
v1 = Version(1, "ann", Blob("first"))
v2 = v1._replace(number=2, author="bob")
event("shared blob", v2.blob is v1.blob, v2)
v3 = Version._make([3, "cid", None])
event("defaults", v3.blob, Version._field_defaults, Version._fields)
event("asdict", v1._asdict()["author"], dict(v2._asdict()) == {"number": 2, "author": "bob", "blob": v1.blob})
history = [v1, v2, v3._replace(blob=Blob("third"))]
del v1, v2
event("history holds versions")
number, author, blob = history[-1]
event("unpacked", number, author, blob)
del blob
history.pop()
event("popped third")
history[1] = history[1]._replace(blob=None)
event("replaced v2 blob")
history = None
event("end")
