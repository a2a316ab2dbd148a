# includes: named.py
# Dataclasses for a task board: order=True sorting, field(default_factory), InitVar, replace, asdict copies
import dataclasses
from dataclasses import dataclass, field, InitVar

class Attachment(Named):
    died = "attachment freed"
    def __repr__(self):
        return "Att(%s)" % self.name

@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)
    attachments: list = field(default_factory=list, compare=False, repr=False)
    owner: InitVar[str] = "nobody"
    def __post_init__(self, owner):
        self.tags.append("owner:" + owner)
        event("post_init", self.title, owner)

t1 = Task(2, "write", owner="ann")
t2 = Task(1, "review")
t3 = dataclasses.replace(t1, priority=0, owner="bob")
event("sorted", [t.title for t in sorted([t1, t2, t3])], t1 < t2, t1 == Task(2, "other"))
event("repr", repr(t2))
event("fields", [f.name for f in dataclasses.fields(Task)])
t1.attachments.append(Attachment("spec.pdf"))
t3.attachments.append(Attachment("notes.txt"))
d = dataclasses.asdict(t1)
event("asdict", d["tags"], d["attachments"][0] is t1.attachments[0], dataclasses.astuple(t2)[:2])
event("shares list", t3.tags is t1.tags)
del d
event("dict dropped")
del t1
event("t1 dropped")
t3 = None
event("end")
