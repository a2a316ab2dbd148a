# Extended slices: slice(), assignment and deletion with a step, and the order in which the replaced or
# deleted items die (list_ass_subscript: in traversal order; list_ass_slice for step 1: last first).
# includes: a_n_del.py
class D(A):
    def __repr__(self):
        return "D%d" % self.n

def fresh():
    return [D(i) for i in range(6)]

s = slice(1, 5, 2)
event("slice", s.start, s.stop, s.step, slice(3).stop, slice(3).start, s)
event("slice get", [0, 1, 2, 3, 4, 5][s], [0, 1, 2, 3, 4, 5][slice(None, None, -2)])

l = fresh()
event("del ::2")
del l[::2]
event("left", l)

l = fresh()
event("del ::-2")
del l[::-2]
event("left", l)

l = fresh()
event("del 1:4")
del l[1:4]
event("left", l)

l = fresh()
event("del 1:4:1")
del l[1:4:1]
event("left", l)

l = fresh()
event("assign ::2")
l[::2] = ["a", "b", "c"]
event("now", l)

l = fresh()
event("assign ::-2")
l[::-2] = ("x", "y", "z")
event("now", l)

l = fresh()
event("assign 1:3:1")
l[1:3:1] = ["p"]
event("now", l)

l = fresh()
event("assign ::2 from a generator")
l[::2] = (D(10 + i) for i in range(3))
event("now", l)

l = fresh()
event("wrong size")
try:
    l[::2] = [1, 2]
except ValueError as e:
    event("ValueError", e)
event("unchanged", l)

l = fresh()
event("reverse in place")
l[::-1] = l
event("now", l)
del l
event("end")
