# includes: named.py
# Layered configuration with ChainMap and stock accounting with Counter arithmetic
import gc
from collections import ChainMap, Counter

class Setting(Named):
    died = "setting freed"
    def __repr__(self):
        return "S(%r)" % (self.name,)

defaults = {"color": Setting("red"), "size": Setting(10)}
user = {"color": Setting("blue")}
config = ChainMap(user, defaults)
event("lookup", config["color"], config["size"], len(config))
session = config.new_child({"size": Setting(12)})
event("session", session["size"], session.parents["size"], list(session))
session["debug"] = Setting(True)
event("maps", [sorted(m) for m in session.maps])
del session["size"]
event("after del", session["size"])
session = None
event("session dropped")
user["color"] = Setting("green")
event("end config", dict(config))
config = user = defaults = None
gc.collect()
stock = Counter(apple=5, pear=2, plum=0)
order = Counter(apple=3, pear=4)
event("remaining", +(stock - order), dict(stock & order), dict(stock | order))
stock.subtract(order)
event("subtracted", sorted(stock.items()), sorted((+stock).elements()))
event("top", (stock + Counter(fig=9)).most_common(2), sum(order.values()))
words = Counter("the cat and the hat".split())
event("words", words.most_common(1), words["dog"], "dog" in words)
event("end")
