# Dispatch only: a local counter compared, incremented and stored, 200,000 times.
def f():
    i = 0
    while i < 200000:
        i += 1
    return i
event("loop", f())
