# Instance attribute loads and stores at the same instructions while the class changes under them: a class
# attribute, a property and a __setattr__ added after the instructions have run, an attribute deleted,
# instances of a subclass and of a second class. Each access must see the class as it is now.
# includes: probe.py, x_access.py
class C:
    pass


class D:
    pass


class E(C):
    pass


c = C()
for i in range(3):
    store(c, Probe("v%d" % i))
    event("load", load(c).name)
del c.x
event("after del", load(c))
C.x = "class attribute"
event("class attribute", load(c))
store(c, Probe("own"))
event("own", load(c).name)


# Puts the property x on cls for one load and one store of o.x, then takes it away again.
def through_property(cls, o, tag):
    cls.x = property(get_x, set_x)
    event(tag + " property", load(o))
    store(o, Probe(tag + " setter"))
    del cls.x


through_property(C, c, "C")
event("property gone", load(c).name)


def setattr_hook(self, name, v):
    event("__setattr__", name, v.name)


C.__setattr__ = setattr_hook
store(c, Probe("hooked"))
del C.__setattr__
store(c, Probe("plain again"))
event("after hook", load(c).name)
e = E()
store(e, Probe("subclass"))
event("subclass", load(e).name)
d = D()
store(d, Probe("second class"))
event("second class", load(d).name)
through_property(D, d, "D")
event("end", load(d).name, load(c).name)
