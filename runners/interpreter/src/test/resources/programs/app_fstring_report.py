# A sales report formats rows with nested f-string specs, conversions and the = specifier while rows are released
class Row:
    def __init__(self, region: str, amount: float, share: float):
        self.region, self.amount, self.share = region, amount, share
    def __repr__(self):
        return f"Row({self.region!r})"
    def __format__(self, spec):
        return format(self.region, spec) if spec else self.region
    def __del__(self):
        event("row", self.region, "freed")

rows = [Row("north", 1234.5, 0.256), Row("south", 98.0, 0.0413), Row("east", 15000.75, 0.70)]
width = max(len(r.region) for r in rows) + 2
prec = 1
for r in rows:
    event(f"{r:<{width}}|{r.amount:>10,.2f}|{r.share:>{width}.{prec}%}|")
total = sum(r.amount for r in rows)
event(f"{total=:.1f}")
event(f"{rows[0]!r} {rows[0].region!s:^9} {'é'!a}")
event(f"{len(rows):03d} rows, hex {255:#06x}, bin {5:b}, sci {12345.678:.3e}")
event("{0.region} has {1[0]:.0f}".format(rows[1], [rows[1].amount]))
event("%-6s|%8.2f|%3d%%" % (rows[2].region, rows[2].amount, int(rows[2].share * 100)))
rows.sort(key=lambda r: r.amount)
del rows[0]
event("after removing smallest")
rows = None
event("end")
