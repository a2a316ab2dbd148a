# An order book built on collections: deque with maxlen for recent trades, defaultdict, Counter, namedtuple,
# OrderedDict and ChainMap for settings
import gc
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Trade = namedtuple("Trade", "side price qty", defaults=(1,))

class Fill:
    def __init__(self, trade):
        self.trade = trade
    def __del__(self):
        event("fill evicted", self.trade.side, self.trade.price)

recent = deque(maxlen=3)
by_side = defaultdict(list)
volume = Counter()
trades = [Trade("buy", 10), Trade("sell", 11, 5), Trade("buy", 9, 2), Trade("sell", 12), Trade("buy", 10, 4)]
for t in trades:
    recent.append(Fill(t))
    by_side[t.side].append(t.price)
    volume[t.side] += t.qty
event("recent", [f.trade.price for f in recent], recent.maxlen)
event("by side", dict(by_side), by_side["none"], sorted(by_side))
other = Counter(buy=2, hold=1)
event("counter", volume.most_common(1), sorted((volume + other).items()), sorted((volume - other).items()))
event("and or", sorted((volume & other).items()), sorted((volume | other).items()), (-other)["hold"])
event("elements", sorted(Counter(a=2, b=1).elements()), volume.total() if hasattr(volume, "total") else 12)
t = trades[1]._replace(qty=7)
event("replace", t, t._asdict(), Trade._fields, Trade._field_defaults)
event("make", Trade._make(["buy", 1, 1]) == ("buy", 1, 1))
book = OrderedDict.fromkeys(["a", "b", "c"], 0)
book.move_to_end("a")
book.move_to_end("c", last=False)
event("ordered", list(book), book.popitem(), book.popitem(last=False))
defaults = {"fee": 0.1, "venue": "x"}
user = {"fee": 0.05}
settings = ChainMap(user, defaults)
child = settings.new_child({"venue": "y"})
event("chain", settings["fee"], settings["venue"], child["venue"], len(child), child.parents["venue"])
child["fee"] = 0
event("maps", child.maps[0], user)
recent.rotate(1)
event("rotated", [f.trade.price for f in recent])
recent.appendleft(Fill(Trade("sell", 99)))
event("appendleft on full")
recent.clear()
event("cleared")
del t, trades
gc.collect()
event("end")
