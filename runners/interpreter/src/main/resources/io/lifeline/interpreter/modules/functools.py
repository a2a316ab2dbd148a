# functools, written like CPython's Lib/functools.py: update_wrapper and wraps are Python on every interpreter
# (wraps returns a partial of update_wrapper); partial and reduce are Python here and replaced by the native
# _functools where the interpreter has one (CPython's C partialobject and functools_reduce). PyPy 7.3.11 has no
# _functools and keeps the Python ones: partial's __call__ is a frame, reduce's loop a frame.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty sequence with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    # PyPy's Lib/functools.py partial, with __init__ for its __new__ and no positional-only marks: a partial of
    # a partial flattens (even one with a __dict__); a call merges the keywords into a new dict and calls
    # through a frame of __call__.
    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial) and hasattr(func, "func"):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"


try:
    from _functools import reduce
except ImportError:
    pass

try:
    from _functools import partial
except ImportError:
    pass

try:
    from _functools import _lru_cache_wrapper
except ImportError:
    pass
else:
    # CPython's Python factory over the C wrapper (its cache_parameters lambda and update_wrapper included); the
    # C wrapper's limits are in LruCacheWrapper. PyPy's lru_cache (a Python closure) is not modelled yet.
    def lru_cache(maxsize=128, typed=False):
        if isinstance(maxsize, int):
            if maxsize < 0:
                maxsize = 0
        elif callable(maxsize) and isinstance(typed, bool):
            user_function, maxsize = maxsize, 128
            wrapper = _lru_cache_wrapper(user_function, maxsize, typed, None)
            wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
            return update_wrapper(wrapper, user_function)
        elif maxsize is not None:
            raise TypeError('Expected first argument to be an integer, a callable, or None')

        def decorating_function(user_function):
            wrapper = _lru_cache_wrapper(user_function, maxsize, typed, None)
            wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
            return update_wrapper(wrapper, user_function)

        return decorating_function

    def cache(user_function):
        return lru_cache(maxsize=None)(user_function)
