# API breadth of the built-in types and math (#18 item 1-2): int/float real/imag/numerator/denominator, bool's
# & | ^ staying bool, int(float) of an infinity or NaN, float() spellings, str `in` with a non-str, set
# operations on dict key/item views, reversed() over a dict and its views (the dict_reverse*iterator holds the
# dict, not a copy: values live while it does), deque +, +=, *, == (deque_concat copies then extends),
# math.lcm/comb/perm/prod/isqrt/dist/modf/frexp/ldexp, islice's negative stop.
# includes: probe.py
import collections
import gc
import itertools
import math

event("int", (5).real, (5).imag, (7).numerator, (7).denominator, True.real, (2.5).real, (2.5).imag)
event("bool", True & False, True | False, True ^ True, True & 1, repr(False | False))
for bad in (float("inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        event("int(float)", type(e).__name__, e)
event("float", float("-inf"), float("+nan"), float("1_000.5"), float("Infinity"), float(" 2e3 "))
for text in ("1e", "_1", "."):
    try:
        float(text)
    except ValueError as e:
        event("float error", e)
try:
    1 in "abc"
except TypeError as e:
    event("str in", e)
d = {"a": Probe("va"), "b": Probe("vb"), "c": Probe("vc")}
event("views", sorted(d.keys() & {"a", "z"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}),
      sorted(d.keys() ^ {"a", "z"}), sorted(k for k, v in d.items() - set()))
back = reversed(d)
event("reversed keys", next(back))
del d
gc.collect()
event("dict kept by its reverse iterator", list(back))
del back
gc.collect()
event("after reverse iterator")
e = {1: "x", 2: "y"}
event("reversed views", list(reversed(e.values())), list(reversed(e.items())))
it = reversed(e)
next(it)
e[3] = "z"
try:
    next(it)
except RuntimeError as err:
    event("changed", err)
left = collections.deque([Probe("l1")])
right = collections.deque([Probe("r1")])
both = left + right
del left, right
gc.collect()
event("concat", [p.name for p in both], both == collections.deque(both), both != collections.deque(),
      collections.deque([1, 2]) < collections.deque([1, 3]), collections.deque([1]) == [1])
both += [Probe("extra")]
times = collections.deque([1, 2], maxlen=3) * 2
event("repeat", times, len(both))
try:
    both + [1]
except TypeError as err:
    event("deque + list", err)
del both
gc.collect()
event("math", math.lcm(4, 6), math.lcm(), math.comb(5, 2), math.perm(5, 2), math.perm(4), math.prod([2, 3, 4]),
      math.prod([], start=5), math.isqrt(17), math.dist((0, 0), (3, 4)), math.modf(2.5), math.frexp(8.0),
      math.ldexp(1.5, 2), math.remainder(7, 4), math.asin(1) * 2 == math.pi)
try:
    math.isqrt(-1)
except ValueError as err:
    event("isqrt", err)
for args in ((-1,), (0, -1), (-1, 2)):
    try:
        itertools.islice("a", *args)
    except ValueError as err:
        event("islice", args, err)
event("end")
