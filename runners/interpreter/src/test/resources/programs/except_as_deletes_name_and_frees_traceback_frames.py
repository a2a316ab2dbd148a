# includes: a_n.py
import gc
gc.disable()

class E(Exception):
    def __del__(self):
        event("E.__del__")

def boom():
    a = A("a")
    b = A("b")
    raise E()

event("except as:")
try:
    boom()
except E as e:
    event("in handler")
event("after try; name bound:", "e" in globals())

event("bare except:")
try:
    boom()
except E:
    event("in handler")
event("after try")

event("exception mid-expression:")
def sink(*a):
    pass
def f_raise():
    a = A("la")
    b = A("lb")
    sink(A("t1"), A("t2"), 1 / 0)
try:
    f_raise()
except ZeroDivisionError:
    event("in handler")
event("after try")
