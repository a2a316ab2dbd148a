# Call-heavy: Python-to-Python calls with positional, keyword and default arguments, and bound methods.
def add(a, b, c=1):
    return a + b + c

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n

c = Counter()
acc = 0
for i in range(5000):
    acc = add(acc, i, c=2)
    c.bump(by=i)
event("calls", acc, c.n, fib(18))
