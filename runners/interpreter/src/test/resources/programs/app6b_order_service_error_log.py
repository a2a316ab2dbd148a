# An order service logs every failure with its traceback (paths dropped so the log is stable); the carets under
# the failing expression come from 3.11+'s positions. Each request holds a Session that reports when it dies.
# includes: named.py
import sys
import traceback


class Session(Named):
    died = "session closed"


class Catalog:
    def __init__(self):
        self.prices = {"apple": 3, "pear": 5}
        self.stock = {"apple": [10, 4], "pear": []}

    def price(self, item, qty):
        return self.prices[item] * qty

    def reserve(self, item):
        return self.stock[item][0] - 1


def log_failure(tag):
    lines = traceback.format_exc().splitlines()
    for line in lines:
        if not line.lstrip().startswith("File "):
            event(tag, line)


def handle(catalog, request):
    session = Session(request["id"])
    total = catalog.price(request["item"], request["qty"])
    left = catalog.reserve(request["item"])
    ratio = total / (left - left)
    return session, ratio


catalog = Catalog()
requests = [
    {"id": "r1", "item": "plum", "qty": 1},
    {"id": "r2", "item": "pear", "qty": 2},
    {"id": "r3", "item": "apple", "qty": 3},
    {"id": "r4", "item": "apple"},
]
for req in requests:
    try:
        handle(catalog, req)
    except (KeyError, IndexError, ZeroDivisionError) as exc:
        log_failure(req["id"])
        event("handled", type(exc).__name__)
    event("after", req["id"])

try:
    catalog.discount.apply(0.5)
except AttributeError:
    log_failure("attr")
event("done")
