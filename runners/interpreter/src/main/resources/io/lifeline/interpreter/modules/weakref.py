# weakref, written like CPython 3.11's Lib/weakref.py over the native _weakref module. finalize follows
# CPython line for line (registry, atexit, index order). The weak dictionaries keep CPython's ownership:
# each value (or key) is held by a weakref whose callback holds the dict weakly and the key strongly.
# Iteration is CPython's: a generator under an _IterationGuard (Lib/_weakrefset.py), so the callback of a
# referent dying meanwhile only queues its removal (_pending_removals), committed when the last guard exits or
# by the next mutating call; the suspended generator holds the item it last yielded.
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs, _MethodType, _proxy_self_ref
import sys as _sys

# PyPy's weak containers count only live weakrefs in len() (lib-python's "PyPy change": a callback may run at an
# unknown later time, after the referent's finalizer and one more collection).
_COUNT_LIVE = not hasattr(_sys, 'getrefcount')


def _live_count(refs):
    result = 0
    for wr in list(refs):
        result += (wr() is not None)
    return result


def _refers_to(refs, obj):
    # WeakKeyDictionary's and WeakSet's membership: an object that cannot be weakly referenced is never in.
    try:
        wr = ref(obj)
    except TypeError:
        return False
    return wr in refs


class _IterationGuard:
    # Lib/_weakrefset.py: registers itself in the container's current iterators so that removals wait until
    # the last one exits; holds the container weakly (no cycle).
    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)

    def __enter__(self):
        w = self.weakcontainer()
        if w is not None:
            w._iterating.add(self)
        return self

    def __exit__(self, e, t, b):
        w = self.weakcontainer()
        if w is not None:
            s = w._iterating
            s.remove(self)
            if not s:
                w._commit_removals()


def _remove_dead_weakref(d, key):
    if key in d and d[key]() is None:
        del d[key]


class finalize:
    _registry = {}
    _shutdown = False
    _next_index = 0
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        pass

    def __init__(self, obj, func, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._next_index
        finalize._next_index += 1
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L = _sorted_by_index(L)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        reenable_gc = False
        try:
            if cls._registry:
                import gc
                if gc.isenabled():
                    reenable_gc = True
                    gc.disable()
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        pass
        finally:
            finalize._shutdown = True
            if reenable_gc:
                gc.enable()


def _sorted_by_index(pairs):
    out = []
    for p in pairs:
        i = 0
        while i < len(out) and out[i][1].index < p[1].index:
            i += 1
        out.insert(i, p)
    return out


class WeakValueDictionary:
    def __init__(self, other=(), **kw):
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    _atomic_removal(self.data, wr.key)
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self, _atomic_removal=_remove_dead_weakref):
        pop = self._pending_removals.pop
        d = self.data
        while True:
            try:
                key = pop()
            except IndexError:
                return
            _atomic_removal(d, key)

    def __getitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        if _COUNT_LIVE:
            return _live_count(self.data.values())
        return len(self.data)

    def __contains__(self, key):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = _KeyedRef(value, self._remove, key)

    def get(self, key, default=None):
        if self._pending_removals:
            self._commit_removals()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def values(self):
        if self._pending_removals:
            self._commit_removals()
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = _KeyedRef(default, self._remove, key)
            return default
        return o

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new

    def update(self, other=None, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        d = self.data
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                d[key] = _KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = _KeyedRef(o, self._remove, key)


class _KeyedRefCallback:
    # KeyedRef is a ref subclass in CPython whose .key holds the key strongly; here the weakref's callback
    # object holds it, with the same lifetime (it lives exactly as long as the weakref).
    def __init__(self, callback, key):
        self.callback = callback
        self.key = key

    def __call__(self, wr):
        self.callback(self)


def _KeyedRef(ob, callback, key):
    return ref(ob, _KeyedRefCallback(callback, key))


class WeakKeyDictionary:
    def __init__(self, dict=None):
        self.data = {}
        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        self._pending_removals = []
        self._iterating = set()
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        d = self.data
        while True:
            try:
                key = pop()
            except IndexError:
                return
            try:
                del d[key]
            except KeyError:
                pass

    def _scrub_removals(self):
        d = self.data
        self._pending_removals = [k for k in self._pending_removals if k in d]
        self._dirty_len = False

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._dirty_len and self._pending_removals:
            self._scrub_removals()
        if _COUNT_LIVE:
            return _live_count(self.data)
        return len(self.data) - len(self._pending_removals)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        return _refers_to(self.data, key)

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def popitem(self):
        self._dirty_len = True
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def clear(self):
        # MutableMapping.clear: popitem until KeyError, last inserted first.
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, dict=None, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value


class WeakMethod:
    # CPython's WeakMethod is a ref subclass (a weak reference to the instance whose callback also fires
    # when the function dies); here the two weakrefs share that callback and the method is rebuilt on call.
    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self_wr = ref(self)
        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self._alive = True
        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return _MethodType(func, obj)

    # Lib/weakref.py: equal while both live when instance and function are; a dead one equals only itself.
    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return self._obj_ref != other._obj_ref or self._func_ref != other._func_ref

    def __hash__(self):
        return hash(self._obj_ref)


def _unwrap(o):
    return o._target() if isinstance(o, ProxyType) else o


class ProxyType:
    # weakref.proxy (Objects/weakrefobject.c): every operation unwraps the proxy (a strong reference for the
    # operation only) and forwards to the referent, or raises ReferenceError once it died; unhashable and, having
    # no __weakref__ slot, not weakly referenceable. CallableProxyType (a callable referent's) adds __call__.
    __slots__ = ("_ref",)

    def __init__(self, obj, callback=None):
        if callback is not None:
            self_wr = _proxy_self_ref(self)
            def _cb(r):
                p = self_wr()
                if p is not None:
                    callback(p)
            object.__setattr__(self, "_ref", ref(obj, _cb))
        else:
            object.__setattr__(self, "_ref", ref(obj))

    def _target(self):
        o = self._ref()
        if o is None:
            raise ReferenceError(_DEAD_PROXY)
        return o

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __delattr__(self, name):
        delattr(self._target(), name)

    def __str__(self):
        return str(self._target())

    def __len__(self):
        return len(self._target())

    def __bool__(self):
        return bool(self._target())

    def __iter__(self):
        return iter(self._target())

    def __contains__(self, item):
        return item in self._target()

    def __getitem__(self, key):
        return self._target()[key]

    def __setitem__(self, key, value):
        self._target()[key] = value

    def __delitem__(self, key):
        del self._target()[key]

    def __eq__(self, other):
        return self._target() == _unwrap(other)

    def __ne__(self, other):
        return self._target() != _unwrap(other)

    def __lt__(self, other):
        return self._target() < _unwrap(other)

    def __le__(self, other):
        return self._target() <= _unwrap(other)

    def __gt__(self, other):
        return self._target() > _unwrap(other)

    def __ge__(self, other):
        return self._target() >= _unwrap(other)

    def __next__(self):
        o = self._target()
        if not hasattr(type(o), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%.200s' object" % type(o).__name__)
        return next(o)

    def __reversed__(self):
        return reversed(self._target())

    def __pow__(self, other, mod=None):
        return pow(self._target(), _unwrap(other), _unwrap(mod))

    def __rpow__(self, other, mod=None):
        return pow(_unwrap(other), self._target(), _unwrap(mod))

    def __ipow__(self, other):
        o = self._target()
        o **= _unwrap(other)
        return o

    # Objects/weakrefobject.c WRAP_BINARY / WRAP_UNARY / WRAP_INPLACE: the number slots unwrap every proxy
    # operand and apply the operation to the referents (an in-place operator returns its result, not the proxy).
    # (No matrix multiplication: the models do not parse @.)
    def __add__(self, other):
        return self._target() + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + self._target()

    def __iadd__(self, other):
        o = self._target()
        o += _unwrap(other)
        return o

    def __sub__(self, other):
        return self._target() - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - self._target()

    def __isub__(self, other):
        o = self._target()
        o -= _unwrap(other)
        return o

    def __mul__(self, other):
        return self._target() * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * self._target()

    def __imul__(self, other):
        o = self._target()
        o *= _unwrap(other)
        return o

    def __truediv__(self, other):
        return self._target() / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / self._target()

    def __itruediv__(self, other):
        o = self._target()
        o /= _unwrap(other)
        return o

    def __floordiv__(self, other):
        return self._target() // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // self._target()

    def __ifloordiv__(self, other):
        o = self._target()
        o //= _unwrap(other)
        return o

    def __mod__(self, other):
        return self._target() % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % self._target()

    def __imod__(self, other):
        o = self._target()
        o %= _unwrap(other)
        return o

    def __lshift__(self, other):
        return self._target() << _unwrap(other)

    def __rlshift__(self, other):
        return _unwrap(other) << self._target()

    def __ilshift__(self, other):
        o = self._target()
        o <<= _unwrap(other)
        return o

    def __rshift__(self, other):
        return self._target() >> _unwrap(other)

    def __rrshift__(self, other):
        return _unwrap(other) >> self._target()

    def __irshift__(self, other):
        o = self._target()
        o >>= _unwrap(other)
        return o

    def __and__(self, other):
        return self._target() & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & self._target()

    def __iand__(self, other):
        o = self._target()
        o &= _unwrap(other)
        return o

    def __xor__(self, other):
        return self._target() ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ self._target()

    def __ixor__(self, other):
        o = self._target()
        o ^= _unwrap(other)
        return o

    def __or__(self, other):
        return self._target() | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | self._target()

    def __ior__(self, other):
        o = self._target()
        o |= _unwrap(other)
        return o

    def __divmod__(self, other):
        return divmod(self._target(), _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), self._target())

    def __neg__(self):
        return -self._target()

    def __pos__(self):
        return +self._target()

    def __abs__(self):
        return abs(self._target())

    def __invert__(self):
        return ~self._target()

    def __int__(self):
        return int(self._target())

    def __float__(self):
        return float(self._target())

    def __index__(self):
        return self._target().__index__()

    def __hash__(self):
        # proxy_hash: always raises, naming the type's tp_name (PyPy: no type name).
        raise TypeError("unhashable type" if _COUNT_LIVE else "unhashable type: 'weakref.%s'" % type(self).__name__)


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


# PyPy's proxy type is named weakproxy and words the error without the hyphen (pypy/module/_weakref).
_DEAD_PROXY = "weakly referenced object no longer exists" if _COUNT_LIVE else "weakly-referenced object no longer exists"
if _COUNT_LIVE:
    ProxyType.__name__ = ProxyType.__qualname__ = "weakproxy"
    CallableProxyType.__name__ = CallableProxyType.__qualname__ = "weakcallableproxy"
    ProxyType.__module__ = CallableProxyType.__module__ = "builtins"


def proxy(obj, callback=None):
    return (CallableProxyType if callable(obj) else ProxyType)(obj, callback)


class WeakSet:
    # Lib/_weakrefset.py: a set of weakrefs whose callback removes them.
    def __init__(self, data=None):
        self.data = set()
        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)
        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        discard = self.data.discard
        while True:
            try:
                item = pop()
            except IndexError:
                return
            discard(item)

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def __len__(self):
        if _COUNT_LIVE:
            return _live_count(self.data)
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        return _refers_to(self.data, item)

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    # the iterator keeps a strong reference to item until it is resumed or closed
                    yield item

    # Lib/_weakrefset.py's set algebra: new WeakSets built from the live members.
    def copy(self):
        return self.__class__(self)

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def difference(self, other):
        newset = self.copy()
        for item in other:
            newset.discard(item)
        return newset
    __sub__ = difference

    def symmetric_difference(self, other):
        newset = self.copy()
        for item in other:
            if item in newset:
                newset.discard(item)
            else:
                newset.add(item)
        return newset
    __xor__ = symmetric_difference

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0
