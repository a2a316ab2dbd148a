# Keyword calls that bind without the general binder: keywords fill later parameters in any order, and the
# parameters left out in between get their defaults (each call repeated so the code is compiled too).
def f(a, b=1, c=3):
    return (a, b, c)

for i in range(3):
    event(f(0, c=2), f(a=5), f(1, b=7), f(c=9, a=8))
