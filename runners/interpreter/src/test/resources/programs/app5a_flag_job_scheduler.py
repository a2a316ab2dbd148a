# Job scheduler: Flag options, Enum-keyed queues, dataclass jobs with finalizers, comprehension pipelines
import gc
import weakref
from dataclasses import dataclass, field
from enum import Enum, Flag, auto, unique

class Opt(Flag):
    NONE = 0
    RETRY = auto()
    LOG = auto()
    NOTIFY = auto()
    DEFAULT = RETRY | LOG

@unique
class Stage(Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"

@dataclass
class Job:
    name: str
    opts: Opt = Opt.DEFAULT
    stage: Stage = Stage.QUEUED
    log: list = field(default_factory=list)
    def __del__(self):
        event("job freed", self.name, self.stage.value)

jobs = [Job("build"), Job("test", Opt.LOG), Job("ship", Opt.NOTIFY | Opt.RETRY)]
by_stage = {s: [] for s in Stage}
for j in jobs:
    by_stage[j.stage].append(j)
event("stages", [(s.name, len(q)) for s, q in by_stage.items()])
event("opts", [bool(j.opts & Opt.RETRY) for j in jobs], Opt.DEFAULT.value, Opt.NONE.value, bool(Opt.NONE))
event("in default", Opt.LOG in Opt.DEFAULT, Opt.NOTIFY in Opt.DEFAULT, Opt(3) is Opt.DEFAULT)

refs = [weakref.ref(j) for j in jobs]
for j in list(by_stage[Stage.QUEUED]):
    by_stage[Stage.QUEUED].remove(j)
    j.stage = Stage.RUNNING
    j.log.append(f"{j.name} started")
    by_stage[Stage.RUNNING].append(j)
del j
event("running", [j.name for j in by_stage[Stage.RUNNING]], len(by_stage[Stage.QUEUED]))
jobs.clear()
event("job list cleared", sum(r() is not None for r in refs))
done = by_stage[Stage.RUNNING]
by_stage[Stage.RUNNING] = []
while done:
    j = done.pop()
    j.stage = Stage.DONE
    event("finished", j.name, Stage("done") is j.stage)
    j = None
event("all done", [r() for r in refs])
members = {name: m.value for name, m in Stage.__members__.items()}
event("members", members, Stage.RUNNING.name, type(Stage.DONE).__name__)
gc.collect()
event("end")
