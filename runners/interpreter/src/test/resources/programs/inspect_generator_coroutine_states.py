# inspect (Python source): generator and coroutine states, currentframe, the is* predicates.
import inspect
def g():
    event("inside", inspect.getgeneratorstate(x))
    yield 1
x = g()
event(inspect.getgeneratorstate(x))
next(x)
event(inspect.getgeneratorstate(x))
x.close()
event(inspect.getgeneratorstate(x))
async def c():
    pass
co = c()
event(inspect.getcoroutinestate(co))
co.close()
event(inspect.getcoroutinestate(co))
def f():
    return inspect.currentframe().f_code.co_name
event(f(), inspect.isgenerator(x), inspect.iscoroutine(co), inspect.isfunction(f), inspect.isclass(int))
