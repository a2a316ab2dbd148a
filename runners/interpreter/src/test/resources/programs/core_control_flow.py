i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    event("while", i)
else:
    event("while-else not reached")
for j in range(3):
    event("for", j)
else:
    event("for-else", j)
for k in [10, 20, 30]:
    if k == 20:
        break
    event("k", k)
else:
    event("not reached")
n = 7
if n < 5:
    event("small")
elif n < 10:
    event("medium")
else:
    event("large")
event("ternary", "even" if n % 2 == 0 else "odd")
total = 0
for a in range(1, 4):
    for b in range(a):
        total += a * b
event("nested", total)
event("range", list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)))
t = (1, 2)
p, q = t
[r, s] = [3, 4]
p, q = q, p
event("unpack", p, q, r, s)
a = b = [1]
a.append(2)
event("chained", a, b, a is b)
