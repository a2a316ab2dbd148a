# A log analysis pipeline groups, counts and chains records with itertools and collections
import itertools
from collections import Counter, defaultdict, deque

class Record:
    def __init__(self, user, action, ms):
        self.user, self.action, self.ms = user, action, ms
    def __del__(self):
        event("record", self.user, self.action, "freed")

def read_log():
    raw = [("ann", "login", 5), ("ann", "view", 40), ("bob", "login", 7),
           ("bob", "view", 12), ("bob", "logout", 3), ("cy", "login", 9)]
    for user, action, ms in raw:
        yield Record(user, action, ms)
    event("log exhausted")

records = list(read_log())
per_user = {user: [r.action for r in group]
            for user, group in itertools.groupby(records, key=lambda r: r.user)}
event("per user", per_user)
counts = Counter(r.action for r in records)
event("most common", counts.most_common(2))
slow = defaultdict(list)
for r in itertools.filterfalse(lambda r: r.ms < 10, records):
    slow[r.user].append(r.ms)
event("slow", dict(slow))
last_two = deque(records, maxlen=2)
event("last two", [r.action for r in last_two])
pairs = list(itertools.pairwise([r.ms for r in records])) if hasattr(itertools, "pairwise") else []
event("running", list(itertools.accumulate(r.ms for r in records)))
records = None
event("records dropped")
last_two.clear()
event("end")
