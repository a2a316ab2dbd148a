# A connection state machine that switches behaviour by assigning self.__class__
class Connection:
    def __init__(self, name):
        self.name = name
        self.log = []
    def open(self):
        raise RuntimeError("not implemented")
    def __del__(self):
        event("freed", self.name, type(self).__name__, self.log)

class Closed(Connection):
    def open(self):
        self.log.append("open")
        self.__class__ = Open
        event("opened", self.name)
    def send(self, data):
        raise ConnectionError("closed")

class Open(Connection):
    def open(self):
        event("already open")
    def send(self, data):
        self.log.append(data)
        event("sent", data)
    def close(self):
        self.__class__ = Closed
        event("closed", self.name)

c = Closed("c1")
try:
    c.send("x")
except ConnectionError as e:
    event("ConnectionError", e)
c.open()
event("state", type(c).__name__, isinstance(c, Open), c.__class__ is Open)
c.send("hello")
c.open()
c.close()
event("state", type(c).__name__)

class Plain:
    pass
try:
    c.__class__ = Plain
except TypeError:
    event("incompatible layout?")
event("after", type(c).__name__)
try:
    (1).__class__ = bool
except TypeError:
    event("TypeError int")
del c
event("end")
