# Building a sales report with groupby, accumulate, starmap, zip_longest, product and chain.from_iterable
import gc
import itertools
import operator

class Sale:
    def __init__(self, region, amount):
        self.region = region
        self.amount = amount
    def __repr__(self):
        return "%s:%d" % (self.region, self.amount)
    def __del__(self):
        event("sale freed", self.region, self.amount)

sales = [Sale("east", 5), Sale("east", 7), Sale("west", 3), Sale("east", 1)]
groups = itertools.groupby(sales, key=operator.attrgetter("region"))
first_key, first_group = next(groups)
event("first", first_key, list(first_group))
second_key, second_group = next(groups)
third_key, third_group = next(groups)
event("advanced past", second_key, "group now", list(second_group), third_key, list(third_group))
del groups, first_group, second_group, third_group
totals = list(itertools.accumulate(s.amount for s in sales))
event("running", totals, list(itertools.accumulate([3, 1, 4], max, initial=0)))
pairs = list(itertools.zip_longest(sales[:3], "ab", fillvalue="-"))
event("pairs", pairs)
event("starmap", list(itertools.starmap(pow, [(2, 3), (3, 2)])))
grid = list(itertools.product("xy", repeat=2))
event("grid", ["".join(p) for p in grid])
flat = itertools.chain.from_iterable([[s] for s in sales if s.amount > 4])
event("big", list(flat))
event("compress", list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2])))
del pairs
sales.pop(0)
event("popped one")
del sales
gc.collect()
event("end")
