# Record schemas with typing extras: Literal, Final, Annotated, NewType, TypedDict keys, Protocol errors
import gc
from typing import (Annotated, Final, Literal, NewType, Protocol, TypedDict, get_type_hints, get_origin,
                    get_args, Union, Optional, List, Callable)

UserId = NewType("UserId", int)
MAX: Final = 3

class Movie(TypedDict):
    title: str
    year: int

class Review(TypedDict, total=False):
    stars: int
    text: str

class Closer(Protocol):
    def close(self) -> None: ...

class Record:
    id: UserId
    kind: Literal["a", "b"]
    score: Annotated[float, "0..1"]
    tags: List[str]
    def __init__(self, id, kind, score):
        self.id, self.kind, self.score = id, kind, score
        self.tags = []
    def __del__(self):
        event("record freed", self.id)

uid = UserId(7)
event("newtype", uid, type(uid).__name__, UserId.__name__)
m: Movie = {"title": "Heat", "year": 1995}
event("typeddict", m, Movie.__total__, Review.__total__, sorted(Review.__optional_keys__), sorted(Movie.__required_keys__))
hints = get_type_hints(Record)
event("hints", sorted(hints), hints["score"] is float)
extras = get_type_hints(Record, include_extras=True)
event("extras", get_origin(extras["score"]) is Annotated, get_args(extras["score"])[1])
event("literal", get_args(hints["kind"]), get_origin(hints["kind"]) is Literal)
event("union", get_args(Optional[int]), get_origin(Union[int, str]) is Union, get_args(Callable[[int], str]))
try:
    isinstance(Record(1, "a", 0.5), Closer)
except TypeError as e:
    event("protocol not runtime", type(e).__name__)
records = [Record(UserId(i), "b", i / MAX) for i in range(MAX)]
event("records", [round(r.score, 2) for r in records])
del records[1:]
event("trimmed")
records = None
gc.collect()
event("end")
