# Plain dicts are tracked by the collector only once they hold a container (MAINTAIN_TRACKING) and
# untracked again by full collections (_PyDict_MaybeUntrack); tuples of untracked items are untracked by
# collections (_PyTuple_MaybeUntrack). Both change what gc.collect() counts.
import gc
gc.disable()
gc.collect()

class A:
    pass

a = A(); a.x = [{}]; a.x.append(a); del a
event("list with empty dict in cycle", gc.collect())
a = A(); a.x = [{1: 2}]; a.x.append(a); del a
event("list with int dict", gc.collect())
a = A(); a.x = [{1: []}]; a.x.append(a); del a
event("list with dict holding list", gc.collect())
a = A(); a.x = [dict(k=1), dict()]; a.x.append(a); del a
event("dict() calls", gc.collect())
a = A(); a.x = [{k: 1 for k in "ab"}]; a.x.append(a); del a
event("dict comprehension", gc.collect())
a = A(); a.x = [(1, 2)]; a.x.append(a); del a
event("list with constant tuple", gc.collect())
n = 3
a = A(); a.x = [(n, "s")]; a.x.append(a); del a
event("list with built tuple", gc.collect())
a = A(); a.x = [(1, [])]; a.x.append(a); del a
event("list with tuple holding list", gc.collect())
l = []; l.append(l); l.append({}); del l
event("self list + dict", gc.collect())
d = {}; d["d"] = d; del d
event("self dict", gc.collect())
d = {}; d2 = {"x": 1}; d["k"] = d2; d2["k"] = []; del d2["k"]; d2["back"] = d; del d, d2
event("dicts cycle", gc.collect())
d = {"x": []}
event("tracked", gc.is_tracked({}), gc.is_tracked(d), gc.is_tracked(dict(a=1)))
d.pop("x")
event("after pop", gc.is_tracked(d))
gc.collect()
event("after collect", gc.is_tracked(d))
def f(**k):
    return gc.is_tracked(k)
event("kwargs", f(a=1), f(a=[]))
t = (n, n)
event("tuple", gc.is_tracked(t))
gc.collect()
event("tuple after collect", gc.is_tracked(t))
