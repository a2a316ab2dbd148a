# includes: named.py
# Namedtuple sensor readings are sorted, replaced and converted to dicts, and each reading's payload dies with its last tuple
from collections import namedtuple
from typing import NamedTuple

Reading = namedtuple("Reading", "sensor value unit", defaults=("C",))

class Blob(Named):
    died = "blob freed"

class Sample(NamedTuple):
    name: str
    blob: Blob
    weight: float = 1.0

readings = [Reading("t1", 21.5), Reading("t2", 19.0, "F"), Reading("t3", 25.25)]
event(readings[0], readings[1].unit, readings[0]._fields)
hottest = max(readings, key=lambda r: r.value)
event("hottest", hottest.sensor, hottest._asdict())
fixed = readings[1]._replace(value=round((19.0 - 32) * 5 / 9, 1), unit="C")
event("fixed", fixed)
s = Sample("x", Blob("one"))
s2 = s._replace(weight=2.5)
event(s2, Sample._field_defaults)
del s
event("s dropped")
s2 = s2._replace(blob=Blob("two"))
event("replaced blob")
name, blob, weight = s2
del s2
event("unpacked", name, weight)
blob = None
event("end")
