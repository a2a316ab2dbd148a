# Permission flags with Flag and auto: combining, testing, iterating, and resources keyed by flags
from enum import Flag, auto, Enum

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE

class Level(Enum):
    GUEST = 1
    ADMIN = 2

class Grant:
    def __init__(self, who, perm):
        self.who, self.perm = who, perm
    def __del__(self):
        event("revoke", self.who, self.perm.value)

event("values", Perm.READ.value, Perm.WRITE.value, Perm.EXEC.value, Perm.RW.value)
rwx = Perm.RW | Perm.EXEC
event("combine", Perm.READ in rwx, bool(Perm.READ & Perm.EXEC), (rwx & ~Perm.WRITE).value)
event("identity", Perm(3) is Perm.RW, Perm.READ | Perm.WRITE is Perm.RW)
grants = {Level.GUEST: Grant("guest", Perm.READ), Level.ADMIN: Grant("admin", rwx)}
def allowed(level, need):
    return need in grants[level].perm
event("allowed", allowed(Level.GUEST, Perm.WRITE), allowed(Level.ADMIN, Perm.EXEC))
event("members", list(Perm.__members__), Level["ADMIN"].name, Level(1))
grants[Level.GUEST] = Grant("guest2", Perm.READ | Perm.EXEC)
event("replaced guest")
for level in Level:
    event("level", level.name, grants.pop(level).who)
event("end")
