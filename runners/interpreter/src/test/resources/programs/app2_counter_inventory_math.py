# includes: named.py
# Stock counts with Counter arithmetic: add, subtract, intersect, union, most_common and elements
from collections import Counter

class Sku(Named):
    died = "del sku"
    def __repr__(self):
        return self.name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Sku) and other.name == self.name
    def __lt__(self, other):
        return self.name < other.name

apple, pear, fig = Sku("apple"), Sku("pear"), Sku("fig")
morning = Counter({apple: 5, pear: 2})
evening = Counter({apple: 1, fig: 4, pear: 2})
event("sum", sorted((morning + evening).items()))
event("diff", sorted((morning - evening).items()), sorted((evening - morning).items()))
event("and", sorted((morning & evening).items()), "or", sorted((morning | evening).items()))
total = morning + evening
event("top", total.most_common(2), sum(total.values()))
total.subtract({apple: 10})
event("negative", total[apple], sorted(+total), sorted(-total))
event("elements", sorted(Counter({pear: 2, fig: 1}).elements()))
del apple, pear
event("names dropped")
morning.clear()
event("morning cleared")
del evening
event("evening dropped")
total = None
event("end", fig)
