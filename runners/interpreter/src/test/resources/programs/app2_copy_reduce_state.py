# includes: named.py
# copy.copy and deepcopy through __reduce_ex__ and __getstate__/__setstate__: a connection is not copied
import copy

class Connection(Named):
    died = "close connection"

class Client:
    def __init__(self, dsn, options):
        self.dsn = dsn
        self.options = options
        self.conn = Connection(dsn)
    def __getstate__(self):
        event("getstate", self.dsn)
        state = self.__dict__.copy()
        del state["conn"]
        return state
    def __setstate__(self, state):
        event("setstate", sorted(state))
        self.__dict__.update(state)
        self.conn = Connection(self.dsn + "#copy")
    def __del__(self):
        event("del client", self.dsn)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce_ex__(self, protocol):
        event("reduce_ex", protocol)
        return (Point, (self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

c = Client("db://a", {"timeout": [5]})
c2 = copy.copy(c)
event("shallow", c2.options is c.options, c2.conn is c.conn)
c3 = copy.deepcopy(c)
event("deep", c3.options is c.options, c3.options == c.options)
del c
event("original dropped")
pts = copy.deepcopy([Point(1, 2), Point(3, 4)])
event("points", pts, copy.copy(pts[0]))
del c2
event("c2 dropped")
c3 = None
event("end")
