# asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore, written here after the structure of CPython's
# Lib/asyncio/locks.py (3.12), which PyPy runs too. Each waiter is a Future in a deque the primitive holds until the
# waiting coroutine removes it in its own `finally`, so a woken task's future lives until that task runs again.
# `async with` on them awaits acquire() and calls release() (_ContextManagerMixin); none is a plain context manager.
# Known difference: CPython 3.10's Semaphore (a `_wakeup_scheduled` flag, no `_waiters is None`) wakes the same
# tasks in the same order for plain `async with` use; its cancellation corner cases follow 3.12 here.
from _collections import deque as _deque
import asyncio as _aio
import sys as _sys


_BIND_AT_INIT = _sys.version_info < (3, 10)


class _LoopBoundMixin:
    # mixins.py (3.10+): a primitive binds itself to the running loop the first time it has to wait. 3.9's locks.py
    # (PyPy 7.3.11) binds get_event_loop() in __init__ (_bind_at_init) and makes its futures on that loop, which a
    # task of another loop then refuses (Task.__step: "attached to a different loop").
    _loop = None

    def _bind_at_init(self):
        if _BIND_AT_INIT:
            self._loop = _aio.get_event_loop()

    def _get_loop(self):
        if _BIND_AT_INIT:
            return self._loop
        loop = _aio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _repr(self, extra):
    if self._waiters:
        extra = f'{extra}, waiters:{len(self._waiters)}'
    return f'<{type(self).__module__}.{type(self).__qualname__} object at {hex(id(self))} [{extra}]>'


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self):
        self._bind_at_init()
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _repr(self, 'locked' if self._locked else 'unlocked')

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except _aio.CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    def __init__(self):
        self._bind_at_init()
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        return _repr(self, 'set' if self._value else 'unset')

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self, lock=None):
        self._bind_at_init()
        if lock is None:
            lock = Lock()
        self._lock = lock
        # locks.py binds the lock's methods on the instance: the condition holds three bound methods of its lock.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        return _repr(self, 'locked' if self.locked() else 'unlocked')

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except _aio.CancelledError:
                    cancelled = True
            if cancelled:
                raise _aio.CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self, value=1):
        self._bind_at_init()
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        return _repr(self, 'locked' if self.locked() else f'unlocked, value:{self._value}')

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except _aio.CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
