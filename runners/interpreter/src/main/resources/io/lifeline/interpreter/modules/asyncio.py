# asyncio's I/O-free core, written here after the structure of CPython's pure-Python asyncio (futures.py's Future,
# tasks.py's Task and gather, base_events.py's _run_once over a ready queue of Handles, runners.py's run), which is
# also what PyPy runs. CPython's C _asyncio keeps the same references in the same places (the task's coroutine,
# the awaited future's done callbacks holding the bound wakeup, the ready queue holding handles), so this Python
# version shows the same lifetimes; its step and wakeup are frames where the C ones are not.
# Time is virtual: when nothing is ready the loop jumps to its earliest timer instead of sleeping.
import sys as _sys
import types as _types
import weakref as _weakref

# CPython's Future and Task are C (_asyncio): no frame of theirs enters a traceback, so there the tracebacks that
# pass through the Python frames standing for C code lose those frames' entries (_strip). PyPy runs Python ones.
_C_ASYNCIO = hasattr(_sys, 'getrefcount')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


if _sys.version_info >= (3, 11):
    TimeoutError = TimeoutError
else:
    class TimeoutError(Exception):
        """exceptions.py before 3.11: asyncio's own class, not the built-in one (`except TimeoutError` misses it)."""


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _report(message):
    # The default exception handler logs through the logging module to stderr (logging's last-resort handler).
    _sys.stderr.write(message + '\n')


def _strip(exc, n):
    if _C_ASYNCIO:
        tb = exc.__traceback__
        while n > 0 and tb is not None:
            tb = tb.tb_next
            n -= 1
        exc.__traceback__ = tb


class Handle:
    """A callback with its arguments in the ready queue; cancel() drops both at once, as events.Handle does."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            self._loop.call_exception_handler({'message': 'Exception in callback', 'exception': exc, 'handle': self})
        self = None  # events.py: needed to break cycles when an exception occurs


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class BaseEventLoop:
    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._stopping = False
        self._closed = False
        self._time = 0.0
        self._timer_cancelled_count = 0
        self._debug = False
        self._exception_handler = None
        # base_events.py: the async generators first iterated while this loop ran, weakly.
        self._asyncgens = _weakref.WeakSet()
        self._asyncgens_shutdown_called = False

    def __del__(self):
        # base_events.py: an unclosed loop closes (after a ResourceWarning, ignored by default). The finalizer
        # matters on PyPy: a loop that asyncio.run left is finalizable garbage heading the next collection's queue.
        if not self._closed and not self.is_running():
            self.close()

    def time(self):
        return self._time

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def is_running(self):
        return _running_loop is self

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        # base_events.py: call_soon's handle, then _write_to_self() wakes a selector no other thread can be in here
        return self.call_soon(callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._time + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        i = len(self._scheduled)
        while i > 0 and self._scheduled[i - 1]._when > when:
            i -= 1
        self._scheduled.insert(i, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        # base_events.py: logger.error(message, the other keys sorted and repr'd, exc_info) on stderr; the log
        # record holding the exception is dropped when the call returns.
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        if exc is not None:
            lines.append(f'{type(exc).__name__}: {exc}')
        _report('\n'.join(lines))

    def call_exception_handler(self, context):
        # base_events.py: the handler set by set_exception_handler is called synchronously, here, with
        # (loop, context); its own error goes to the default handler.
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _report('Exception in default exception handler')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler', 'exception': exc, 'context': context})

    def stop(self):
        self._stopping = True

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        old_agen_hooks = _sys.get_asyncgen_hooks()
        try:
            _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                    finalizer=self._asyncgen_finalizer_hook)
            _running_loop = self
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            _running_loop = None
            _sys.set_asyncgen_hooks(*old_agen_hooks)

    def _asyncgen_finalizer_hook(self, agen):
        # base_events.py: an unfinished async generator dropped while the loop runs is closed by a task.
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        while self._scheduled and self._scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            handle = self._scheduled.pop(0)
            handle._scheduled = False
        if not self._ready and not self._stopping and self._scheduled:
            if self._scheduled[0]._when > self._time:
                self._time = self._scheduled[0]._when
        end_time = self._time
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when > end_time:
                break
            handle = self._scheduled.pop(0)
            handle._scheduled = False
            self._ready.append(handle)
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.pop(0)
            if handle._cancelled:
                continue
            handle._run()
        handle = None  # base_events.py: needed to break cycles when an exception occurs

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        for agen in closing_agens:  # WeakSet.clear(): the model's WeakSet has no clear
            self._asyncgens.discard(agen)
        results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result, 'asyncgen': agen})

    async def shutdown_default_executor(self, timeout=None):
        pass

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._timer_cancelled_count = 0


_running_loop = None
_event_loop = None


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


def iscoroutine(obj):
    # coroutines.py: a native coroutine, or a collections.abc.Coroutine (send, throw, close and __await__, as
    # an async generator's asend/athrow awaitables have).
    if isinstance(obj, _types.CoroutineType):
        return True
    t = type(obj)
    return all(hasattr(t, name) for name in ('send', 'throw', 'close', '__await__'))


_is_coroutine = object()


def iscoroutinefunction(func):
    # coroutines.py: an async def function (inspect's test), or one marked with the _is_coroutine sentinel
    import inspect
    return inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


class Future:
    """futures.py's Future: a result or exception, and the callbacks scheduled (call_soon) when it is set."""
    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _cancelled_tb = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __del__(self):
        # futures.py's __del__ (PyPy) and C FutureObj_finalize (CPython, tp_finalize: at the same moment, when the
        # last reference goes or in the collector's finalize phase) report an exception nobody retrieved to the
        # loop's handler, which sees the future (alive again for the call) and its exception with its traceback.
        if not self._log_traceback:
            return
        self._log_traceback = False
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved', 'exception': self._exception,
            'future': self})

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        # 3.11 hands out the saved CancelledError itself, once. Before, a new one takes it as __context__, and 3.10's
        # C future (fut_cancelled_exc_state) gives up only the value: it keeps the traceback until it dies.
        saved = self._cancelled_exc
        self._cancelled_exc = None
        if saved is not None and _sys.version_info >= (3, 11):
            return saved
        exc = self._new_cancelled_error(saved)
        if saved is not None and _C_ASYNCIO:
            self._cancelled_tb = saved.__traceback__
        return exc

    def _new_cancelled_error(self, context):
        exc = CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)
        if context is not None:
            exc.__context__ = context
        return exc

    def _result_cancelled_error(self):
        # result()/exception(): 3.10's C future_set_cancelled_error chains the saved exception state to a new error
        # and keeps all of it (_PyErr_ChainStackItem), so the cancelled coroutine's frames live with the future.
        if _C_ASYNCIO and _sys.version_info < (3, 11):
            return self._new_cancelled_error(self._cancelled_exc)
        return self._make_cancelled_error()

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks.clear()
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._result_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        self._log_traceback = False
        if self._exception is not None:
            if _C_ASYNCIO:
                self._exception.__traceback__ = self._exception_tb
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._result_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if not (f == fn)]
        removed_count = len(self._callbacks) - len(kept)
        if removed_count:
            self._callbacks.clear()
            self._callbacks.extend(kept)
        return removed_count

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        # On the CPython models this generator stands for C's FutureIter, which has no frame: an exception thrown
        # in at the yield (a task's wakeup throws the awaited future's exception) or raised by result() leaves a
        # traceback entry for this frame (the re-raise puts it back), so the frame must not keep the future alive
        # through it (future -> exception -> traceback -> this frame -> future): `self` is deleted first.
        if not self.done():
            self._asyncio_future_blocking = True
            try:
                yield self
            except BaseException:
                if _C_ASYNCIO:
                    del self
                raise
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        try:
            return self.result()
        except BaseException as exc:
            _strip(exc, 2)
            if _C_ASYNCIO:
                del self
            raise

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


_task_counter = 0
_all_tasks = _weakref.WeakSet()
_current_tasks = {}


def _register_task(task):
    # tasks.py keeps every task in a WeakSet (CPython's C register_task adds to that same WeakSet): a task nothing
    # else holds dies, and the set's weakref callback (_remove) then runs. On PyPy that callback is the finalizer of
    # the task's weakref lifeline, registered right after the task's own __del__: a Python finalizer that heads the
    # queue of the collection after the task's (see TracingCollector.runFinalizers).
    _all_tasks.add(task)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    tasks = set()
    for t in list(_all_tasks):
        if t._loop is loop and not t.done():
            tasks.add(t)
    return tasks


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


class Task(Future):
    """tasks.py's Task: steps its coroutine from the ready queue; while it waits, the awaited future's done
    callback (the bound _wakeup) is what keeps it alive."""
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        _task_counter += 1
        if name is None:
            self._name = f'Task-{_task_counter}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._loop.call_soon(self._step)
        _register_task(self)

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            if _C_ASYNCIO:  # TaskObj_finalize builds the dict message first, tasks.py task first
                context = {'message': 'Task was destroyed but it is pending!', 'task': self}
            else:
                context = {'task': self, 'message': 'Task was destroyed but it is pending!'}
            self._loop.call_exception_handler(context)
        super().__del__()

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            self._step_run_and_handle_result(exc)
        finally:
            _current_tasks.pop(self._loop, None)
            self = None  # tasks.py: needed to break cycles when an exception occurs

    def _step_run_and_handle_result(self, exc):
        coro = self._coro
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as exc:
            _strip(exc, 1)
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(exc.value)
        except CancelledError as exc:
            _strip(exc, 1)
            self._cancelled_exc = exc
            super().cancel()
        except BaseException as exc:
            _strip(exc, 1)
            super().set_exception(exc)
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
        else:
            self._handle_yield(result)

    def _handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if getattr(result, '_loop', self._loop) is not self._loop:
                self._loop.call_soon(self._step, RuntimeError(
                    f'Task {self!r} got Future {result!r} attached to a different loop'))
            elif result is self:
                self._loop.call_soon(self._step, RuntimeError(f'Task cannot await on itself: {self!r}'))
            elif blocking:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            else:
                self._loop.call_soon(self._step, RuntimeError(f'yield was used instead of yield from in task {self!r}'))
        elif result is None:
            self._loop.call_soon(self._step)
        else:
            self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))

    def _wakeup(self, future):
        # Steps outside the handler, as task_wakeup does: the exception is held (by the local) during the step but
        # is not the exception being handled.
        exc = None
        try:
            future.result()
        except BaseException as e:
            _strip(e, 2)
            exc = e
        if exc is None:
            self._step()
        else:
            self._step(exc)
        exc = None
        self = None  # tasks.py: needed to break cycles when an exception occurs


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


@_types.coroutine
def _sleep0():
    yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    # tasks.py: a new CancelledError, so the child keeps the one it was cancelled with (and
                    # that one's traceback through the child's frames) for _make_cancelled_error.
                    res = CancelledError('' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _wait_for_before_312(fut, timeout):
    # tasks.py 3.10/3.11 (and PyPy): the awaitable runs as its own task; a timer releases a waiter future; on
    # expiry the task is cancelled and awaited, and its CancelledError becomes the TimeoutError's cause.
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _Releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait_for_312(fut, timeout):
    # tasks.py 3.12+: a coroutine runs inside the caller's task, under `async with timeout(...)`.
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError from exc
    async with _timeout_cm(timeout):
        return await fut


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    cb = _Releaser(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


if _sys.version_info >= (3, 12):
    wait_for = _wait_for_312
else:
    wait_for = _wait_for_before_312


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.' if _sys.version_info >= (3, 11)
                         else 'Set of coroutines/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        if _sys.version_info >= (3, 11):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
        fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    # tasks.py: one done callback (a closure over the waiter) on every future until the waiter is released;
    # removed in the finally, so after wait() returns no future holds the waiting frame.
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def _as_completed_before_313(fs, *, timeout=None):
    # tasks.py 3.10-3.12: a generator of _wait_for_one() coroutines over a Queue the done callbacks fill.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    done = Queue()
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _AsCompletedIterator:
    """tasks.py 3.13: iterable (coroutines resolving to results) and async-iterable (the futures themselves)."""

    def __init__(self, aws, timeout):
        self._done = Queue()
        self._timeout_handle = None
        loop = get_event_loop()
        todo = {ensure_future(aw, loop=loop) for aw in set(aws)}
        for f in todo:
            f.add_done_callback(self._handle_completion)
        if todo and timeout is not None:
            self._timeout_handle = loop.call_later(timeout, self._handle_timeout)
        self._todo = todo
        self._todo_left = len(todo)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._todo_left:
            raise StopAsyncIteration
        self._todo_left -= 1
        return await self._wait_for_one()

    def __next__(self):
        if not self._todo_left:
            raise StopIteration
        self._todo_left -= 1
        return self._wait_for_one(resolve=True)

    def _handle_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._handle_completion)
            self._done.put_nowait(None)
        self._todo.clear()

    def _handle_completion(self, f):
        if not self._todo:
            return
        self._todo.remove(f)
        self._done.put_nowait(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def _wait_for_one(self, resolve=False):
        f = await self._done.get()
        if f is None:
            raise TimeoutError
        return f.result() if resolve else f


def _as_completed_313(fs, *, timeout=None):
    if hasattr(fs, '__await__'):
        raise TypeError(f'expects an iterable of awaitables, not {type(fs).__name__}')
    return _AsCompletedIterator(fs, timeout)


if _sys.version_info >= (3, 13):
    as_completed = _as_completed_313
else:
    as_completed = _as_completed_before_313


class _Releaser:
    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, *args):
        _release_waiter(self.waiter)


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


class Queue:
    def __init__(self, maxsize=0):
        # 3.9's queues.py (PyPy 7.3.11) binds get_event_loop() here and makes its waiters' futures on it
        self._loop = get_event_loop() if _sys.version_info < (3, 10) else None
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._queue = []

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = (self._loop or get_running_loop()).create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = (self._loop or get_running_loop()).create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    # The storage hooks queues.py's subclasses override (CPython's Queue keeps a deque, the model a list).
    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop(0)


class PriorityQueue(Queue):
    """Lib/asyncio/queues.py: entries kept as a heap (heapq.heappush/heappop on a list), lowest first."""

    # heapq is imported on first use (queues.py imports it with the module; the model keeps asyncio's import light)
    def _put(self, item):
        import heapq
        heapq.heappush(self._queue, item)

    def _get(self):
        import heapq
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Lib/asyncio/queues.py: the last entry put is the first got."""

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown', 'exception': task.exception()})


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        if debug is not None:
            loop.set_debug(debug)
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


if _sys.version_info >= (3, 11):
    class Runner:
        """runners.py (3.11+): a loop made on first use and kept for several run() calls until close(), which
        cancels the tasks left, closes the async generators and closes the loop. No SIGINT handling."""

        def __init__(self, *, debug=None, loop_factory=None):
            self._state = 'CREATED'
            self._debug = debug
            self._loop_factory = loop_factory
            self._loop = None
            self._set_event_loop = False

        def __enter__(self):
            self._lazy_init()
            return self

        def __exit__(self, exc_type, exc_val, exc_tb):
            self.close()

        def close(self):
            if self._state != 'INITIALIZED':
                return
            try:
                loop = self._loop
                _cancel_all_tasks(loop)
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
            finally:
                if self._set_event_loop:
                    set_event_loop(None)
                loop.close()
                self._loop = None
                self._state = 'CLOSED'

        def get_loop(self):
            self._lazy_init()
            return self._loop

        def run(self, coro, *, context=None):
            if not iscoroutine(coro):
                raise ValueError("a coroutine was expected, got {!r}".format(coro))
            if _running_loop is not None:
                raise RuntimeError("Runner.run() cannot be called from a running event loop")
            self._lazy_init()
            task = self._loop.create_task(coro)
            return self._loop.run_until_complete(task)

        def _lazy_init(self):
            if self._state == 'CLOSED':
                raise RuntimeError("Runner is closed")
            if self._state == 'INITIALIZED':
                return
            if self._loop_factory is None:
                self._loop = new_event_loop()
                if not self._set_event_loop:
                    set_event_loop(self._loop)
                    self._set_event_loop = True
            else:
                self._loop = self._loop_factory()
            if self._debug is not None:
                self._loop.set_debug(self._debug)
            self._state = 'INITIALIZED'


from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
if _sys.version_info >= (3, 11):
    from asyncio.taskgroups import TaskGroup
    from asyncio.timeouts import Timeout, timeout, timeout_at
    _timeout_cm = timeout
