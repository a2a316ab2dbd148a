def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return n

for n in range(3):
    try:
        v = risky(n)
    except ValueError as e:
        event("ValueError", e, type(e).__name__)
    except (KeyError, IndexError) as e:
        event("lookup", repr(e))
    else:
        event("else", v)
    finally:
        event("finally", n)

def nested():
    try:
        try:
            1 / 0
        finally:
            event("inner finally")
    except ZeroDivisionError as e:
        event("caught", e)
        return "ret"
    finally:
        event("outer finally")

event(nested())

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    event("context", repr(e.__context__), e.__cause__)

try:
    try:
        raise ValueError("a")
    except ValueError as inner:
        raise RuntimeError("b") from inner
except RuntimeError as e:
    event("cause", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise ValueError("re")
    except ValueError:
        event("reraising")
        raise
except ValueError as e:
    event("re-caught", e)

class MyError(Exception):
    pass

try:
    raise MyError("custom", 2)
except Exception as e:
    event("custom", isinstance(e, MyError), e.args, str(e))

def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            event("body", i)
        finally:
            event("finally", i)
    return "done"

event(loop_with_finally())
try:
    assert 1 == 2, "math"
except AssertionError as e:
    event("assert", e)
try:
    undefined_name
except NameError as e:
    event("NameError", e)
def unbound():
    x = x + 1
try:
    unbound()
except UnboundLocalError as e:
    event("UnboundLocalError", e)
try:
    None.attr
except AttributeError as e:
    event("AttributeError", e)
try:
    1 + "a"
except TypeError as e:
    event("TypeError", e)
