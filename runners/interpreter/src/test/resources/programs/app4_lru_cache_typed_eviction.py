# includes: named.py
# lru_cache(maxsize=2, typed=True) on a parser: eviction order, cache_info, cache_clear releases results
import functools
import gc

class Parsed(Named):
    died = "result evicted"

@functools.lru_cache(maxsize=2, typed=True)
def parse(value):
    event("parse", repr(value))
    return Parsed(repr(value))

parse(1)
parse(1.0)
event("typed", parse.cache_info().currsize, parse(1).name)
parse("x")
event("info", parse.cache_info())
parse(1)
event("after refetch", parse.cache_info().misses)
event("params", parse.cache_parameters(), parse.__wrapped__.__name__)

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

event("fib", fib(30), fib.cache_info().hits, fib.cache_info().maxsize)
keep = parse("x")
parse.cache_clear()
event("cleared", parse.cache_info().currsize, keep.name)
del keep
gc.collect()
event("end")
