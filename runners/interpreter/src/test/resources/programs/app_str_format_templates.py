# An invoice renderer fills str.format templates with attribute and index fields and text helpers
class Customer:
    def __init__(self, name, city):
        self.name, self.city = name, city
    def __del__(self):
        event("customer", self.name, "freed")

class Invoice:
    HEADER = "Invoice {num:05d} for {c.name} ({c.city!r})"
    LINE = "{0:<8}{1[qty]:>4} x {1[price]:>7.2f}"
    def __init__(self, num, customer, lines):
        self.num, self.customer, self.lines = num, customer, lines
    def render(self):
        out = [self.HEADER.format(num=self.num, c=self.customer)]
        for name, data in self.lines:
            out.append(self.LINE.format(name, data))
        total = sum(d["qty"] * d["price"] for _, d in self.lines)
        out.append("{:=^24}".format(f" {total:.2f} "))
        return "\n".join(out)

inv = Invoice(42, Customer("Ada Lovelace", "London"),
              [("widget", {"qty": 3, "price": 2.5}), ("gadget", {"qty": 1, "price": 19.99})])
for line in inv.render().splitlines():
    event(line)
words = inv.customer.name.upper().split()
event("initials", "".join(w[0] for w in words), "-".join(words).lower().title())
event("partition", "key=value=x".partition("="), "rsplit", "a.b.c".rsplit(".", 1))
event("strip", "  pad  ".strip(), "xxhixx".strip("x"), "zfill", "7".zfill(3), "center", "ab".center(6, "*"))
event("replace", "a-b-c".replace("-", "+", 1), "count", "banana".count("an"), "find", "banana".find("z"))
event("startswith", "report.csv".endswith((".csv", ".tsv")), "join", ", ".join(map(str, range(3))))
inv.customer = None
event("customer dropped")
del inv
event("end")
