# copy, written after CPython's Lib/copy.py (Python on every interpreter): a dispatch table per type, __copy__ and
# __deepcopy__, and the __reduce_ex__(4) protocol rebuilt by _reconstruct (the state from the class's __getstate__
# when it has one, restored by __setstate__). deepcopy's memo keeps every original
# it copied alive (_keep_alive) until the outermost deepcopy returns and drops the memo. An instance without
# __copy__/__deepcopy__ is rebuilt from object.__reduce_ex__(4)'s state (its __dict__ and set __slots__); where
# the model lacks object.__new__ the copy is a located NotImplementedError.
import types as _types
from _weakref import ref as _weakref_ref


class Error(Exception):
    pass


error = Error


def _copy_immutable(x):
    return x


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slotnames(cls):
    # copyreg._slotnames: the __slots__ names of the classes on the MRO, in MRO and declaration order, private
    # names mangled, without __dict__ and __weakref__.
    names = []
    for c in cls.__mro__:
        namespace = getattr(c, "__dict__", None)
        if namespace is None or "__slots__" not in namespace:
            continue
        slots = namespace["__slots__"]
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _reduce_instance(x):
    # object.__reduce_ex__(4) (copyreg.__newobj__): the instance's non-empty __dict__, paired with a dict of its set
    # slots when its class has __slots__.
    for c in type(x).__mro__[:-1]:
        if "__getstate__" in c.__dict__:
            # _PyObject_GetState: a class's own __getstate__ gives the state as it is (no slots pairing).
            return (_newobj, (type(x),), x.__getstate__())
    try:
        object.__new__
        state = getattr(x, "__dict__", None) or None
        slots = {}
        for name in _slotnames(type(x)):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    except NotImplementedError:
        raise NotImplementedError(
            f"copying a {type(x).__name__} instance without __copy__/__deepcopy__ is not supported by the model")
    if slots:
        state = (state, slots)
    return (_newobj, (type(x),), state)


def _reductor_value(x):
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    return _reduce_instance(x)


_copy_dispatch = {}
for _t in (type(None), int, float, bool, str, tuple, bytes, frozenset, type, range, slice,
           type(NotImplemented), _types.FunctionType, _weakref_ref):
    _copy_dispatch[_t] = _copy_immutable
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy


def copy(x):
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return _copy_immutable(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reductor_value(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reductor_value(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for i in range(len(x)):
        if x[i] is not y[i]:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {}
for _t in (type(None), int, float, bool, str, bytes, type, range, type(NotImplemented),
           _types.FunctionType, _weakref_ref):
    _deepcopy_dispatch[_t] = _deepcopy_atomic
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[_types.MethodType] = _deepcopy_method
del _t


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
