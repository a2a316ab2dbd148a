# Included by the programs whose header says `# includes: suspended_generators.py` (after the one that defines
# A): generators that hold locals and temporaries where they are suspended, in a call's arguments (outside any
# try, then inside a try/finally) and in a for loop (its iterator on the value stack).
def sink(*a):
    pass

def g_plain():
    a = A("ga")
    b = A("gb")
    sink(A("gt1"), A("gt2"), (yield))

def g_try():
    a = A("ta")
    b = A("tb")
    try:
        sink(A("tt1"), A("tt2"), (yield))
    finally:
        event("g_try finally")

def g_for():
    a = A("fa")
    for x in [A("item")]:
        yield
