# queue without threads, after Lib/queue.py (Queue, LifoQueue, PriorityQueue: Python on every interpreter, the items
# in a deque, a list and a heap list) and Modules/_queuemodule.c (SimpleQueue: C on CPython, a list whose taken
# slots become None, freed last item first with the queue on 3.10-3.12, a ring buffer freed first item first on
# 3.13; PyPy's is queue.py's _PySimpleQueue over a deque). The locks and conditions are left out: no other thread
# can run, so a blocking get on an empty queue (or put on a full one) without a timeout is a located
# NotImplementedError instead of a hang, and one with a timeout raises Empty (Full) at once.
import sys as _sys
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop


class Empty(Exception):
    pass


class Full(Exception):
    pass


def _would_block(what):
    raise NotImplementedError(f"queue: {what} that would wait for another thread is not supported by the model")


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        if self.unfinished_tasks:
            _would_block("join() with unfinished tasks")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block or timeout is not None:
                raise Full
            _would_block("put() on a full queue")
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if not block or timeout is not None:
                raise Empty
            _would_block("get() on an empty queue")
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class _PySimpleQueue:
    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block or timeout is not None:
                raise Empty
            _would_block("get() on an empty SimpleQueue")
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)


class _CSimpleQueue(_PySimpleQueue):
    # _queue.SimpleQueue of 3.10-3.12: a list and the position of its first live item; a taken slot holds None,
    # and the dead front is cut off once it is more than half the list.
    def __init__(self):
        self._lst = []
        self._pos = 0

    def put(self, item, block=True, timeout=None):
        self._lst.append(item)

    def get(self, block=True, timeout=None):
        if self._pos == len(self._lst):
            if not block or timeout is not None:
                raise Empty
            _would_block("get() on an empty SimpleQueue")
        item = self._lst[self._pos]
        self._lst[self._pos] = None
        self._pos += 1
        if self._pos > len(self._lst) - self._pos:
            del self._lst[:self._pos]
            self._pos = 0
        return item

    def empty(self):
        return self._pos == len(self._lst)

    def qsize(self):
        return len(self._lst) - self._pos


if _sys.implementation.name == "pypy":
    SimpleQueue = _PySimpleQueue
elif _sys.version_info >= (3, 13):
    class SimpleQueue(_PySimpleQueue):
        pass
    SimpleQueue.__module__ = "_queue"
else:
    class SimpleQueue(_CSimpleQueue):
        pass
    SimpleQueue.__module__ = "_queue"
