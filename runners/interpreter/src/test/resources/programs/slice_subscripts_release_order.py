# x[a:b] without a step: up to 3.11 BUILD_SLICE then BINARY_SUBSCR/STORE_SUBSCR release the container (and the
# stored value) before the slice; 3.12+ BINARY_SLICE/STORE_SLICE release the slice (start, then stop) first.
# includes: a_label.py, named.py
import gc
gc.disable()
class C(Named):
    died = "del"
    def __getitem__(self, s):
        return A("got")
C("g")[A("start"):A("stop")]
event("after get")
x = [A("e0"), A("e1"), A("e2")]
y = x[1:]
event("sliced", len(y))
x[0:2] = [A("n0")]
event("assigned")
x[1:] += [A("n1")]
event("augmented", len(x))
z = x[::2]
event("stepped", len(z))
del x[0:1]
event("deleted")
x = y = z = None
event("end")
