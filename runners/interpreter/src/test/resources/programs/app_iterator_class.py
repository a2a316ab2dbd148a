# A paginated result set is an iterator class fetching pages lazily, and each page is released when the next arrives
class Page:
    def __init__(self, number, items):
        self.number, self.items = number, items
        event("fetched page", number)
    def __del__(self):
        event("page", self.number, "released")

class ResultSet:
    def __init__(self, total, per_page):
        self.total, self.per_page = total, per_page
    def __iter__(self):
        return ResultIterator(self)
    def __len__(self):
        return self.total

class ResultIterator:
    def __init__(self, rs):
        self.rs = rs
        self.page = None
        self.index = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.index >= self.rs.total:
            self.page = None
            raise StopIteration
        if self.page is None or self.index // self.rs.per_page != self.page.number:
            n = self.index // self.rs.per_page
            start = n * self.rs.per_page
            self.page = Page(n, list(range(start, min(start + self.rs.per_page, self.rs.total))))
        item = self.page.items[self.index % self.rs.per_page]
        self.index += 1
        return item

rs = ResultSet(5, 2)
event("len", len(rs), "bool", bool(rs))
for item in rs:
    event("item", item)
event("loop done")
it = iter(rs)
event("first two", next(it), next(it), next(it))
del it
event("abandoned")
event("sum", sum(rs), 3 in rs)
event("end")
