# Included by the programs whose header says `# includes: named.py`: the base of an object with a name that
# shows as Class(name) and reports its death as its class's `died` text followed by the name
# (class Conn(Named): died = "del conn"); further keyword arguments become attributes (Key("a", h=1)).
class Named:
    def __init__(self, name, **fields):
        self.name = name
        self.__dict__.update(fields)
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.name)
    def __del__(self):
        event(self.died, self.name)
