# asyncio.taskgroups (3.11+): TaskGroup, written here after CPython's Lib/asyncio/taskgroups.py (3.11-3.13). The
# group holds its unfinished tasks in a set (each task's done callback is the group's bound _on_task_done, so a
# running task keeps the group alive) and the errors in a list until __aexit__ raises them as an ExceptionGroup.
# The model has no C BaseExceptionGroup: a Python one (message, exceptions tuple, args (message, the sequence as
# given), str "message (N sub-exceptions)") is put into the builtins on first import; `except*` stays unsupported.
import sys as _sys
import asyncio as _aio


class BaseExceptionGroup(BaseException):
    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError('argument 1 must be str, not ' + type(message).__name__)
        excs = tuple(exceptions)
        if not excs:
            raise ValueError('second argument (exceptions) must be a non-empty sequence')
        if cls is BaseExceptionGroup and all(isinstance(e, Exception) for e in excs):
            cls = ExceptionGroup
        self = BaseException.__new__(cls)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, message, exceptions):
        BaseException.__init__(self, message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'s' if n > 1 else ''})"

    def __repr__(self):
        return f'{type(self).__name__}({self._message!r}, {self.args[1]!r})'


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


BaseExceptionGroup.__module__ = 'builtins'
ExceptionGroup.__module__ = 'builtins'
__builtins__['BaseExceptionGroup'] = BaseExceptionGroup
__builtins__['ExceptionGroup'] = ExceptionGroup


class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = _aio.get_running_loop()
        self._parent_task = _aio.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if _sys.version_info >= (3, 13):
            propagate_cancellation_error = exc if et is not None and issubclass(et, _aio.CancelledError) else None
        else:
            propagate_cancellation_error = exc if et is _aio.CancelledError else None
            if self._parent_cancel_requested:
                if self._parent_task.uncancel() == 0:
                    propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except _aio.CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if _sys.version_info >= (3, 13) and self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error is not None and not self._errors:
            raise propagate_cancellation_error
        if et is not None and not issubclass(et, _aio.CancelledError):
            self._errors.append(exc)
        if self._errors:
            if _sys.version_info >= (3, 13) and self._parent_task.cancelling():
                self._parent_task.uncancel()
                self._parent_task.cancel()
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            self._close(coro)
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            self._close(coro)
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            self._close(coro)
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name)
        if _sys.version_info >= (3, 12):
            if task.done():
                self._on_task_done(task)
            else:
                self._tasks.add(task)
                task.add_done_callback(self._on_task_done)
        else:
            task.add_done_callback(self._on_task_done)
            self._tasks.add(task)
        return task

    @staticmethod
    def _close(coro):
        if _sys.version_info >= (3, 13):
            coro.close()

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {self._parent_task} is already completed',
                'exception': exc, 'task': task})
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
