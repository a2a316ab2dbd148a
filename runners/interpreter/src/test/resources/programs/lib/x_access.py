# Included by the programs whose header says `# includes: probe.py, x_access.py`: one instruction that loads o.x
# (in load) and one that stores it (in store), run again and again while a program changes the class under them,
# and the accessors of the property `x` a program puts on the class (the setter reports the value's name).
def load(o):
    try:
        return o.x
    except AttributeError as e:
        return "missing"


def store(o, v):
    o.x = v


def get_x(self):
    return "property"


def set_x(self, v):
    event("property setter", v.name)
