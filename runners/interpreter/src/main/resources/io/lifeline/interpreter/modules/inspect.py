# inspect's run-time state queries, written after CPython's Lib/inspect.py (Python on every interpreter):
# currentframe is a Python function returning its caller's frame; the generator and coroutine states read
# gi_running/gi_suspended/gi_frame (cr_*) as 3.11's do; the code-flag predicates read co_flags. Source and signature
# queries are not modelled; unwrap follows __wrapped__ chains as Lib/inspect.py does.
import sys as _sys
import types as _types
from functools import partial as _partial

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def currentframe():
    return _sys._getframe(1)


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isclass(object):
    return isinstance(object, type)


def isawaitable(object):
    return isinstance(object, _types.CoroutineType) or hasattr(object, '__await__')


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


# Lib/inspect.py's unwrap: the memo holds every object of the chain until the call returns. 3.13 stops at a class
# and asks stop() in the loop; 3.10 to 3.12 (and PyPy's 3.9) test through a local _is_wrapper closure.
if _sys.version_info >= (3, 13):
    def unwrap(func, *, stop=None):
        f = func
        memo = {id(f): f}
        recursion_limit = _sys.getrecursionlimit()
        while not isinstance(func, type) and hasattr(func, '__wrapped__'):
            if stop is not None and stop(func):
                break
            func = func.__wrapped__
            id_func = id(func)
            if (id_func in memo) or (len(memo) >= recursion_limit):
                raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
            memo[id_func] = func
        return func
else:
    def unwrap(func, *, stop=None):
        if stop is None:
            def _is_wrapper(f):
                return hasattr(f, '__wrapped__')
        else:
            def _is_wrapper(f):
                return hasattr(f, '__wrapped__') and not stop(f)
        f = func
        memo = {id(f): f}
        recursion_limit = _sys.getrecursionlimit()
        while _is_wrapper(func):
            func = func.__wrapped__
            id_func = id(func)
            if (id_func in memo) or (len(memo) >= recursion_limit):
                raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
            memo[id_func] = func
        return func


def _unsupported(name):
    def unsupported(*args, **kwds):
        raise NotImplementedError(f"inspect.{name} is not supported by the model")
    return unsupported


# Lib/inspect.py's _has_code_flag: through bound methods and functools.partial to a Python function's code.
def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, _partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, 0x20)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, 0x80)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, 0x200)


for _name in ('signature', 'getsource', 'getmembers', 'getframeinfo', 'stack', 'getfullargspec'):
    globals()[_name] = _unsupported(_name)
