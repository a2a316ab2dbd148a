# asyncio.timeouts (3.11+): Timeout, timeout, timeout_at, written here after CPython's Lib/asyncio/timeouts.py.
# Entering it schedules a timer handle holding the bound _on_timeout (so the Timeout, and through it the task,
# stay reachable from the loop's timer list until the handle is cancelled on exit or fires); on expiry the task
# is cancelled and the CancelledError leaving the block becomes TimeoutError (raised `from` it).
import sys as _sys
import asyncio as _aio

_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _ENTERED:
            if self._state is _CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = _aio.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = ''
        if self._state is _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info = f' when={when}'
        return f'<Timeout [{self._state}]{info}>'

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = _aio.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _ENTERED
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if _sys.version_info >= (3, 12):
                if self._task.uncancel() <= self._cancelling and exc_type is not None:
                    if issubclass(exc_type, _aio.CancelledError):
                        raise TimeoutError from exc_val
                    elif exc_val is not None and _sys.version_info >= (3, 13):
                        self._insert_timeout_error(exc_val)
            elif self._task.uncancel() <= self._cancelling and exc_type is _aio.CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None

    @staticmethod
    def _insert_timeout_error(exc_val):
        while exc_val.__context__ is not None:
            if isinstance(exc_val.__context__, _aio.CancelledError):
                te = TimeoutError()
                te.__context__ = te.__cause__ = exc_val.__context__
                exc_val.__context__ = te
                break
            exc_val = exc_val.__context__


def timeout(delay):
    loop = _aio.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)
