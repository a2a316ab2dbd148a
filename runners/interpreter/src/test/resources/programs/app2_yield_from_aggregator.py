# includes: named.py
# Sub-generators report results with return; yield from collects them and finally blocks run in order
class Conn(Named):
    died = "del conn"

def read_batch(name, rows):
    conn = Conn(name)
    count = 0
    try:
        for r in rows:
            yield f"{name}:{r}"
            count += 1
        return count
    finally:
        event("batch finally", name, count)

def read_all(sources):
    totals = {}
    for name, rows in sources:
        totals[name] = yield from read_batch(name, rows)
        event("subtotal", name, totals[name])
    return totals

def consumer():
    result = yield from read_all([("a", [1, 2]), ("b", []), ("c", [3])])
    event("totals", result)
    return sum(result.values())

gen = consumer()
items = list(gen) if False else []
while True:
    try:
        items.append(next(gen))
    except StopIteration as stop:
        event("grand total", stop.value)
        break
event("items", items)
partial = read_all([("x", [1, 2, 3]), ("y", [4])])
event("first", next(partial), next(partial))
partial.close()
event("closed early")
del gen, partial
event("end")
