# includes: a_n.py, locals_at_return.py
import gc
gc.disable()

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
