# Included by the programs whose header says `# includes: locals_at_return.py` (after the one that defines A):
# functions whose locals, parameters and cell variables die when they return.
def f_return():
    b = A("b(first-assigned)")
    a = A("a(second-assigned)")
    return 1

def f_params(p, q):
    z = A("z-local")
    return 1

def f_cell():
    c = A("c-cellvar")
    l = A("l-local")
    def inner():
        return c
    return 1
