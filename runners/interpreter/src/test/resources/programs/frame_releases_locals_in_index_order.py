# includes: a_n.py
import gc
gc.disable()

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

def f_loop_return():
    a = A("local")
    for x in [A("item")]:
        return 1

event("two locals:")
f_return()
event("returned")
event("params then local:")
f_params(A("p"), A("q"))
event("returned")
event("cellvar + local:")
f_cell()
event("returned")
event("return inside for:")
f_loop_return()
event("returned")
