# includes: named.py
# A user class's __getitem__/__setitem__/__delitem__ receive a slice object for a[i:j] and a[i:j:k]
# (BUILD_SLICE in 3.10/3.11, BINARY_SLICE/STORE_SLICE in 3.12+); the slice owns its parts and releases
# step, start, stop when it dies.
class D(Named):
    died = "__del__"
    def __repr__(self):
        return "D(" + str(self.name) + ")"

class S:
    def __getitem__(self, k):
        event("get", k, type(k).__name__, k.start, k.stop, k.step)
        return k
    def __setitem__(self, k, v):
        event("set", k, v)
        self.kept = k
    def __delitem__(self, k):
        event("delitem", k)

s = S()
event(s[1:2], s[:], s[::2], s[-1:])
s[1:2] = [5]
s[:3] = 1
del s[2:]
s[1:2:3] = 4
del s[::-1]
event("reads")
s[D(1):D(2)]
s[D(3):D(4):D(5)]
event("store")
s[D(6):D(7)] = D(8)
event("stored", s.kept)
s.kept = None
event("delete")
del s[D(9):]
x = s[D(10)::D(11)]
event("held", x.start, x.step)
del x
event("end")
