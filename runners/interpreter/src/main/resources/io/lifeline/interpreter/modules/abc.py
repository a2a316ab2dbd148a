# abc, written for the model after CPython 3.11's Lib/abc.py and Modules/_abc.c (PyPy runs Lib/_py_abc.py, with
# the same references): each class's registry and positive and negative caches hold the classes weakly (a WeakSet:
# a weakref with a callback per class), so registering a class or checking an instance keeps nothing alive.
# __abstractmethods__ blocks instantiation in type.__call__ (object_new's check, computed from the class's MRO).
from weakref import WeakSet as _WeakSet, ref as _ref


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# abstractclassmethod, abstractstaticmethod and abstractproperty derive from classmethod, staticmethod and property
# in CPython, which the model's classes cannot derive from: they are factories here.
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


_abc_invalidation_counter = 0
# The ABCs that have data (registered with, or checked against), by id in the order they got it, each held weakly:
# _abc_subclasscheck's recursion into cls.__subclasses__() reaches only those, as the model has no __subclasses__
# (a dict, so that the order, and the instructions a check runs, do not depend on identity hashes).
_all_abcs = {}


class _AbcData:
    """What _abc_data holds for one class: the registry and the two caches, each a set of weak references."""

    def __init__(self, owner):
        self.owner = id(owner)
        self.registry = {}  # id -> weakref, in registration order (iteration must not depend on identity hashes)
        self.cache = _WeakSet()
        self.negative_cache = _WeakSet()
        self.negative_cache_version = _abc_invalidation_counter


def _abc_data(cls):
    data = getattr(cls, '_abc_impl', None)
    if data is None or data.owner != id(cls):
        data = _AbcData(cls)
        cls._abc_impl = data
        _all_abcs[id(cls)] = _ref(cls)
    return data


def get_cache_token():
    return _abc_invalidation_counter


def _is_abstract(value):
    # classmethod/staticmethod/property report their function's flag (cm_get___isabstractmethod__)
    if type(value) in (classmethod, staticmethod):
        value = value.__func__
    elif type(value) is property:
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel) if f is not None)
    try:
        return bool(getattr(value, "__isabstractmethod__", False))
    except NotImplementedError:
        return False  # a built-in descriptor the model has no __isabstractmethod__ for: never abstract here


def _compute_abstracts(cls):
    # _abc__abc_init's compute_abstract_methods: the namespace's abstract values, then the bases' abstract names
    # that are still abstract as the class resolves them.
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute_abstracts(cls)
        return cls

    def register(cls, subclass):
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _abc_data(cls).registry[id(subclass)] = _ref(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = type(instance)
        data = _abc_data(cls)
        if subclass in data.cache:
            return True
        if data.negative_cache_version == _abc_invalidation_counter and subclass in data.negative_cache:
            return False
        return cls.__subclasscheck__(subclass)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = _abc_data(cls)
        if subclass in data.cache:
            return True
        if data.negative_cache_version < _abc_invalidation_counter:
            data.negative_cache = _WeakSet()
            data.negative_cache_version = _abc_invalidation_counter
        elif subclass in data.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            data.cache.add(subclass)
            return True
        for wr in list(data.registry.values()):
            rcls = wr()
            if rcls is not None and issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        for wr in list(_all_abcs.values()):
            scls = wr()
            if scls is not None and scls is not cls and cls in scls.__mro__ and issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def __subclasshook__(cls, subclass):
        return NotImplemented

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__name__}", file=file)


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def update_abstractmethods(cls):
    if hasattr(cls, '__abstractmethods__'):
        _compute_abstracts(cls)
    return cls
