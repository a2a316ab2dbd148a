# Dict and list churn, string keys built and parsed, exceptions caught in a loop, about 1.4 s on CPython 3.11.
counts = {}
log = []
errors = 0
for round in range(190000):
    row = {}
    for i in range(12):
        key = "k%d" % (i % 8)
        row[key] = row.get(key, 0) + i
    for key, value in row.items():
        counts[key] = counts.get(key, 0) + value
    parts = [str(v) for v in row.values()]
    text = "|".join(parts)
    try:
        number = int(text.split("|")[round % 9])
    except (IndexError, ValueError):
        errors += 1
        number = 0
    log.append(number)
    if len(log) > 100:
        del log[:50]
    stack = list(range(10))
    while stack:
        stack.pop()
event("churn", sorted(counts.items()), errors, sum(log))
