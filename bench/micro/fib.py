# Python-to-Python calls with one positional argument: fib(20), 21,891 calls.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
event("fib", fib(20))
