# contextlib, written after CPython 3.11's Lib/contextlib.py where it decides what is referenced when: the
# generator manager keeps func/args/kwds until __enter__ deletes them and __exit__ throws the exception into the
# generator; ExitStack keeps (is_sync, bound exit or callback wrapper) pairs and calls them last first, and
# AsyncExitStack awaits the async ones. asynccontextmanager's generator runs under __aenter__/__aexit__. aclosing
# and nullcontext's async form exist from 3.10. redirect_stdout/redirect_stderr swap the sys attribute.
import sys as _sys
from types import MethodType as _MethodType
from functools import wraps as _wraps

# 3.11's managers put the with statement's traceback back on the exception they let propagate;
# before, it kept the frames gen.throw() added (__exit__'s and the generator's), a cycle through `value`, so a
# suppressed exception's locals lived until a collection (probed on 3.10.13; PyPy 3.9/3.10 are the same). The
# async manager restores it on every version: 3.10's async with re-raises with the traceback it caught anyway.
_RESTORE_TB = _sys.version_info >= (3, 11)


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner



class _GeneratorContextManagerBase:
    # Lib/contextlib.py's half shared by both generator managers: func, args and kwds are kept until __enter__
    # (__aenter__) deletes them.
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    def __enter__(self):
        # do not keep args and kwds alive unnecessarily
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                value = typ()
            try:
                self.gen.throw(typ, value, traceback)
            except StopIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    if _RESTORE_TB:
                        exc.__traceback__ = traceback
                    return False
                if isinstance(value, StopIteration) and exc.__cause__ is value:
                    if _RESTORE_TB:
                        value.__traceback__ = traceback
                    return False
                raise
            except BaseException as exc:
                if exc is value:
                    if _RESTORE_TB:
                        exc.__traceback__ = traceback
                    return False
                raise
            raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @_wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class suppress(AbstractContextManager):
    """Suppresses the listed exceptions in the with block (Lib/contextlib.py, 3.11)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


def _create_cb_wrapper(callback, *args, **kwds):
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    return _exit_wrapper


def _chain_exit_error(exc_details, frame_exc):
    # ExitStack's _fix_exception_context: the exception an exit raised (being handled) gets the one it replaces as
    # the __context__ of the end of its chain that precedes frame_exc; returns the new exc_info triple.
    new_exc_details = _sys.exc_info()
    new_exc, old_exc = new_exc_details[1], exc_details[1]
    while 1:
        exc_context = new_exc.__context__
        if exc_context is None or exc_context is old_exc:
            return new_exc_details
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc
    return new_exc_details


def _raise_keeping_context(exc):
    # Raising exc again would set its __context__ to the exception being handled; ExitStack keeps the one it fixed.
    try:
        fixed_ctx = exc.__context__
        raise exc
    except BaseException:
        exc.__context__ = fixed_ctx
        raise


class ExitStack(AbstractContextManager):
    """The callbacks in a list (CPython: a deque) of (is_sync, callable), run last pushed first by __exit__."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, *args, **kwds):
        _exit_wrapper = _create_cb_wrapper(callback, *args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        _exit_wrapper = _MethodType(cm_exit, cm)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = _sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                suppress = cb(*exc_details)
            except BaseException:
                exc_details = _chain_exit_error(exc_details, frame_exc)
                pending_raise = True
                continue
            if suppress:
                suppressed_exc, pending_raise, exc_details = True, False, (None, None, None)
        if pending_raise:
            _raise_keeping_context(exc_details[1])
        return received_exc and suppressed_exc

    def close(self):
        self.__exit__(None, None, None)


class AbstractAsyncContextManager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @_wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


async def _anext(gen):
    # anext() is a builtin from 3.10; PyPy 7.3.11 (3.9) awaits __anext__ (the same awaitable).
    return await gen.__anext__()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager):
    # Lib/contextlib.py's: the async generator runs under __aenter__/__aexit__, which await it.
    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await _anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await _anext(self.gen)
            except StopAsyncIteration:
                return False
            else:
                try:
                    raise RuntimeError("generator didn't stop")
                finally:
                    await self.gen.aclose()
        else:
            if value is None:
                value = typ()
            try:
                await self.gen.athrow(typ, value, traceback)
            except StopAsyncIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    exc.__traceback__ = traceback
                    return False
                if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                    value.__traceback__ = traceback
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                exc.__traceback__ = traceback
                return False
            try:
                raise RuntimeError("generator didn't stop after athrow()")
            finally:
                await self.gen.aclose()


if _sys.version_info >= (3, 10):
    class _AsyncGeneratorContextManager(_AsyncGeneratorContextManager, AsyncContextDecorator):
        # 3.10+: usable as a decorator of coroutine functions (3.9's is not callable).
        pass
else:
    del AsyncContextDecorator


def asynccontextmanager(func):
    @_wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class _aclosing(AbstractAsyncContextManager):
    # 3.10+: awaits thing.aclose() on the way out.
    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


def _create_async_cb_wrapper(callback, *args, **kwds):
    async def _exit_wrapper(exc_type, exc, tb):
        await callback(*args, **kwds)
    return _exit_wrapper


class AsyncExitStack(ExitStack, AbstractAsyncContextManager):
    """ExitStack's list of (is_sync, callable); __aexit__ awaits the async ones, last pushed first."""

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__aenter__
            _exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the asynchronous "
                            f"context manager protocol") from None
        result = await _enter(cm)
        self._push_async_cm_exit(cm, _exit)
        return result

    def push_async_exit(self, exit):
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, *args, **kwds):
        _exit_wrapper = _create_async_cb_wrapper(callback, *args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        _exit_wrapper = _MethodType(cm_exit, cm)
        self._push_exit_callback(_exit_wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = _sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                cb_suppress = cb(*exc_details) if is_sync else await cb(*exc_details)
                if cb_suppress:
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException:
                exc_details = _chain_exit_error(exc_details, frame_exc)
                pending_raise = True
        if pending_raise:
            _raise_keeping_context(exc_details[1])
        return received_exc and suppressed_exc


if _sys.version_info >= (3, 10):
    aclosing = _aclosing

    async def _null_aenter(self):
        return self.enter_result

    async def _null_aexit(self, *excinfo):
        pass

    nullcontext.__aenter__ = _null_aenter
    nullcontext.__aexit__ = _null_aexit


class _RedirectStream(AbstractContextManager):
    # Lib/contextlib.py's: swaps the sys attribute for the target and restores the previous one on exit (a stack,
    # so one instance can be re-entered).
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"
