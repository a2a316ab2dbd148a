# includes: named.py
# Sorting version strings with functools.cmp_to_key; key objects live only during the sort
import functools

class Release(Named):
    died = "release freed"
    def __repr__(self):
        return self.name

calls = []
def compare(a, b):
    calls.append(1)
    pa = [int(x) for x in a.name.split(".")]
    pb = [int(x) for x in b.name.split(".")]
    return (pa > pb) - (pa < pb)

releases = [Release(v) for v in ("1.10.0", "1.2.3", "1.2.10", "0.9")]
key = functools.cmp_to_key(compare)
k = key(releases[0])
event("key object", type(k).__name__, k.obj is releases[0], k < key(releases[3]))
del k
ordered = sorted(releases, key=key)
event("sorted", ordered, len(calls) > 0)
releases.sort(key=key, reverse=True)
event("newest first", releases)
event("max", max(releases, key=key), min(releases, key=functools.cmp_to_key(compare)))
def bad(a, b):
    if "0.9" in (a.name, b.name):
        raise ValueError("cannot compare")
    return 0
try:
    releases.sort(key=functools.cmp_to_key(bad))
except ValueError as e:
    event("sort failed", e, releases)
del ordered
releases.pop()
event("end")
