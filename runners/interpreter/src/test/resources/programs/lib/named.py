# Included by the programs whose header says `# includes: named.py`: the base of an object with a name that
# shows as Class(name) and reports its death as its class's `died` text followed by the name
# (class Conn(Named): died = "del conn"); further keyword arguments become attributes (Key("a", h=1)),
# set one by one as plain assignments would (no __dict__ access, which would change how CPython stores them).
class Named:
    def __init__(self, name, **fields):
        self.name = name
        for field, value in fields.items():
            setattr(self, field, value)
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.name)
    def __del__(self):
        event(self.died, self.name)
