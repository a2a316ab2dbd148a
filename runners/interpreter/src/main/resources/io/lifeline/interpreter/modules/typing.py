# typing, what run-time code touches, written for the models after the design of CPython's Lib/typing.py
# (Python everywhere): special forms and generic aliases are small objects holding their arguments
# (List[Res] keeps Res alive as CPython's alias does), Generic[T] as a base stands for Generic through
# __mro_entries__ (the class keeps __orig_bases__), and calling an alias of a class sets the instance's
# __orig_class__. NamedTuple classes are collections.namedtuple's tuple subclasses; runtime_checkable
# Protocols answer isinstance by the members they define.
import sys as _sys

_V = _sys.version_info[:2]
TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


class _Final:
    pass


_cleanups = []


def _tp_cache(func=None, /, *, typed=False):
    """Lib/typing.py's cache of subscriptions: an lru_cache (128 entries) per subscripting function, keyed by its
    arguments, which it keeps alive with the alias made (so List[int] is List[int], and a class used as an argument
    outlives its last name); unhashable arguments fall back to the uncached function."""
    def decorator(func):
        import functools
        cached = functools.lru_cache(typed=typed)(func)
        _cleanups.append(cached.cache_clear)

        @functools.wraps(func)
        def inner(*args, **kwds):
            try:
                return cached(*args, **kwds)
            except TypeError:
                pass
            return func(*args, **kwds)
        return inner

    if func is not None:
        return decorator(func)
    return decorator


class _SpecialForm(_Final):

    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._name == 'Literal':
            # _LiteralSpecialForm: Literal's function is cached with typed=True over the unpacked parameters
            return _literal_getitem(self, *(parameters if isinstance(parameters, tuple) else (parameters,)))
        return _special_getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


@_tp_cache
def _special_getitem(self, parameters):
    return self._getitem(self, parameters)


@_tp_cache(typed=True)
def _literal_getitem(self, *parameters):
    return self._getitem(self, parameters if len(parameters) != 1 else parameters[0])


class _GenericAlias(_Final):
    """origin[args]: keeps the origin and the arguments tuple."""

    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = tuple([a for a in args if isinstance(a, TypeVar)])

    def __repr__(self):
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__origin__ is Union:
            if len(self.__args__) == 2 and type(None) in self.__args__:
                other = [a for a in self.__args__ if a is not type(None)][0]
                return 'typing.Optional[%s]' % _type_repr(other)
            head = 'typing.Union'
        return '%s[%s]' % (head, ', '.join([_type_repr(a) for a in self.__args__]))

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple([subst.get(a, a) for a in self.__args__]), self._name)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            return (origin,)
        return ()

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Literal or other.__origin__ is Literal:
            # _LiteralGenericAlias: the values with their types, in any order (Literal[1] != Literal[True])
            return (self.__origin__ is other.__origin__
                    and set(_value_and_type_iter(self.__args__)) == set(_value_and_type_iter(other.__args__)))
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Literal:
            return hash(frozenset(_value_and_type_iter(self.__args__)))
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialGenericAlias(_Final):
    """List, Dict, ...: the bare name; subscripting it makes a _GenericAlias of the builtin."""

    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    @_tp_cache
    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _union(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _GenericAlias(Union, tuple(flat))


def _optional(self, parameter):
    return Union[parameter, None]


def _keep_args(self, parameters):
    return _GenericAlias(self, parameters)


def _no_args(self, parameters):
    raise TypeError("%r is not subscriptable" % self)


Any = _SpecialForm('Any', _no_args)
NoReturn = _SpecialForm('NoReturn', _no_args)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _keep_args)
Final = _SpecialForm('Final', _keep_args)
Literal = _SpecialForm('Literal', _keep_args)
Annotated = _SpecialForm('Annotated', _keep_args)
if _V >= (3, 10):
    TypeAlias = _SpecialForm('TypeAlias', _no_args)
    Concatenate = _SpecialForm('Concatenate', _keep_args)
    TypeGuard = _SpecialForm('TypeGuard', _keep_args)
if _V >= (3, 11):
    Self = _SpecialForm('Self', _no_args)
    Never = _SpecialForm('Never', _no_args)
    LiteralString = _SpecialForm('LiteralString', _no_args)
    Required = _SpecialForm('Required', _keep_args)
    NotRequired = _SpecialForm('NotRequired', _keep_args)


class _Placeholder:
    """An abstract collection type of collections.abc the model does not have: a class standing for it."""


List = _SpecialGenericAlias(list, 'List', 1)
Dict = _SpecialGenericAlias(dict, 'Dict', 2)
Set = _SpecialGenericAlias(set, 'Set', 1)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', 1)
Tuple = _SpecialGenericAlias(tuple, 'Tuple')
Type = _SpecialGenericAlias(type, 'Type', 1)
Text = str
AnyStr = None
for _name in ('Callable', 'Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping',
              'MutableMapping', 'AbstractSet', 'MutableSet', 'Collection', 'Container', 'Hashable', 'Sized',
              'Reversible', 'Awaitable', 'Coroutine', 'AsyncIterator', 'AsyncIterable', 'AsyncGenerator',
              'ContextManager', 'AsyncContextManager', 'Deque', 'DefaultDict', 'OrderedDict', 'Counter',
              'ChainMap', 'KeysView', 'ValuesView', 'ItemsView', 'Pattern', 'Match', 'IO', 'TextIO', 'BinaryIO'):
    globals()[_name] = _SpecialGenericAlias(type(_name, (_Placeholder,), {'__module__': 'collections.abc'}), _name)
del _name


class ForwardRef(_Final):
    """A type named by a string (Lib/typing.py's ForwardRef): what _type_check makes of a str annotation."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module_repr = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


class TypeVar(_Final):

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = ForwardRef(bound) if isinstance(bound, str) else bound
        self.__constraints__ = constraints
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)

if _V >= (3, 10):
    class ParamSpec(_Final):

        def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
            self.__name__ = name

        def __repr__(self):
            return '~' + self.__name__


class Generic:
    """A base for generic classes: Generic[T] stands for Generic; C[int] is an alias calling C."""
    __slots__ = ()

    @_tp_cache
    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        # Lib/typing.py's Generic.__init_subclass__: the type variables of the subscripted bases, in order, or
        # exactly those of a Generic[...] base; () for a class with no subscripted base.
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                if base.__origin__ is Generic:
                    tvars = list(base.__parameters__)
                    break
                tvars.extend(p for p in base.__parameters__ if p not in tvars)
        cls.__parameters__ = tuple(tvars)


_PROTOCOL_SPECIAL = frozenset(['__module__', '__qualname__', '__doc__', '__annotations__', '__slots__', '__dict__',
                               '__weakref__', '__init__', '__new__', '__init_subclass__', '__class_getitem__',
                               '__orig_bases__', '__parameters__', '__abstractmethods__', '_is_protocol',
                               '_is_runtime_protocol', '__protocol_attrs__', '__subclasshook__'])


class _ProtocolMeta(type):
    """Protocols' metaclass (Lib/typing.py's _ProtocolMeta): isinstance against a runtime_checkable protocol
    checks that the instance has every member the protocol classes on its MRO define."""

    def __new__(mcls, name, bases, ns, **kwargs):
        ns['_is_protocol'] = not _protocol_ready or any(b is Protocol for b in bases)
        ns['_callable_members_only'] = not ns.get('__annotations__') and all(
            callable(v) for k, v in ns.items() if k not in _PROTOCOL_SPECIAL)
        attrs = [k for k in ns if k not in _PROTOCOL_SPECIAL and not k.startswith('_abc_')]
        attrs.extend(ns.get('__annotations__', {}))
        for base in bases:
            if getattr(base, '_is_protocol', False) and base is not Protocol:
                attrs.extend(a for a in base.__protocol_attrs__ if a not in attrs)
        ns['__protocol_attrs__'] = tuple(a for a in attrs if a != '_callable_members_only')
        return super().__new__(mcls, name, bases, ns, **kwargs)

    def __instancecheck__(cls, instance):
        if cls in type(instance).__mro__:
            return True
        if not cls._is_protocol or cls is Protocol:
            return False
        if not getattr(cls, '_is_runtime_protocol', False) and (_V >= (3, 10) or cls._callable_members_only):
            # 3.9 reaches the check through ABCMeta only for protocols with data members, and answers there
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        for attr in cls.__protocol_attrs__:
            if not hasattr(instance, attr):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in other.__mro__:
            return True
        if not cls._is_protocol or cls is Protocol:
            return False
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        return all(hasattr(other, attr) for attr in cls.__protocol_attrs__)


_protocol_ready = False


class Protocol(Generic, metaclass=_ProtocolMeta):
    """A base for structural types: runtime_checkable ones answer isinstance by their members."""
    __slots__ = ()


_protocol_ready = True


def runtime_checkable(cls):
    if not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. A series of @typing.overload-"
                                  "decorated functions outside a stub module should always be followed by an "
                                  "implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    if _V >= (3, 11):
        try:
            f.__final__ = True
        except (AttributeError, TypeError):
            pass
    return f


def no_type_check(arg):
    return arg


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (a class: of its MRO, base first), names in strings looked up in its module."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = getattr(base, '__dict__', {}).get('__annotations__', {})
            # CPython reads the base's module from sys.modules; the model takes the caller's globals
            ns = globalns if globalns is not None else _sys._getframe(1).f_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, ns, localns)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    ann = getattr(obj, '__annotations__', {})
    ns = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, ns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def _strip_annotations(t):
    # Lib/typing.py: without include_extras, Annotated[T, ...] reads as T (the model strips the outer level only)
    if get_origin(t) is Annotated and get_args(t):
        return _strip_annotations(get_args(t)[0])
    return t


def _eval_hint(value, globalns, localns):
    """A hint as get_type_hints evaluates it: a string is evaluated (ForwardRef._evaluate's eval) as the
    expressions annotations hold: dotted names, subscriptions with comma-separated arguments, and unions."""
    if value is None:
        return type(None)
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        tokens = _hint_tokens(value)
        result, end = _hint_union(tokens, 0, globalns, localns)
        if end != len(tokens):
            raise SyntaxError("invalid syntax in forward reference %r" % value)
        return type(None) if result is None else result
    return value


def _hint_tokens(text):
    out = []
    word = ''
    for ch in text:
        if ch in '[],|':
            if word.strip():
                out.append(word.strip())
            out.append(ch)
            word = ''
        else:
            word += ch
    if word.strip():
        out.append(word.strip())
    return out


def _hint_union(tokens, i, globalns, localns):
    left, i = _hint_item(tokens, i, globalns, localns)
    while i < len(tokens) and tokens[i] == '|':
        right, i = _hint_item(tokens, i + 1, globalns, localns)
        left = left | right
    return left, i


def _hint_item(tokens, i, globalns, localns):
    value = _hint_name(tokens[i], globalns, localns)
    i += 1
    if i < len(tokens) and tokens[i] == '[':
        args = []
        i += 1
        while tokens[i] != ']':
            arg, i = _hint_union(tokens, i, globalns, localns)
            args.append(arg)
            if tokens[i] == ',':
                i += 1
        value = value[args[0] if len(args) == 1 else tuple(args)]
        i += 1
    return value, i


def _hint_name(name, globalns, localns):
    if name in ('None', 'True', 'False'):
        return {'None': None, 'True': True, 'False': False}[name]
    first, *rest = name.split('.')
    if localns is not None and first in localns:
        value = localns[first]
    elif first in globalns:
        value = globalns[first]
    else:
        builtins = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
        if first not in builtins:
            raise NameError("name '%s' is not defined" % first)
        value = builtins[first]
    for attr in rest:
        value = getattr(value, attr)
    return value


class _NamedTupleMeta(type):
    """NamedTuple's class syntax (Lib/typing.py's NamedTupleMeta): the class is collections.namedtuple's tuple
    subclass made from the annotations and defaults, with the body's other attributes set on it."""

    def __new__(mcls, typename, bases, ns):
        if not _namedtuple_ready:
            return super().__new__(mcls, typename, bases, ns)
        import collections
        types = ns.get('__annotations__', {})
        field_names = tuple(types)
        defaults = []
        for name in field_names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, 's' if len(defaults) > 1 else '', ', '.join(field_names[:len(defaults)])))
        cls = collections.namedtuple(typename, field_names, defaults=defaults,
                                     module=ns.get('__module__', '__main__'))
        cls.__annotations__ = dict(types)
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '__slots__', '_fields',
                       '_field_defaults', '_make', '_replace', '_asdict', '_source', '__getnewargs__'):
                continue
            if key not in field_names:
                setattr(cls, key, value)
        cls.__qualname__ = ns.get('__qualname__', typename)
        return cls

    def __call__(cls, typename, fields=None, /, **kwargs):
        # Lib/typing.py's NamedTuple(typename, fields) function form: a namedtuple class with the annotations
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        import collections
        fields = {n: t for n, t in fields}
        nm_tpl = collections.namedtuple(typename, fields, module=_sys._getframe(1).f_globals.get('__name__', '__main__'))
        nm_tpl.__annotations__ = fields
        nm_tpl.__orig_bases__ = (NamedTuple,)
        return nm_tpl


_namedtuple_ready = False


class NamedTuple(metaclass=_NamedTupleMeta):
    pass


_namedtuple_ready = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        own = ns.get('__annotations__', {})
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            required_keys |= base_required
            optional_keys -= base_required
            base_optional = base.__dict__.get('__optional_keys__', set())
            required_keys -= base_optional
            optional_keys |= base_optional
        annotations.update(own)
        # Lib/typing.py: a key is required when the class is total, unless marked Required/NotRequired (3.11+)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Annotated and get_args(tp):
                origin = get_origin(get_args(tp)[0])
            if _V >= (3, 11) and origin is Required:
                is_required = True
            elif _V >= (3, 11) and origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        ns['__annotations__'] = annotations
        cls = super().__new__(mcls, name, (_TypedDictBase,), ns)
        cls.__required_keys__ = frozenset(required_keys)
        cls.__optional_keys__ = frozenset(optional_keys)
        cls.__total__ = total
        return cls

    def __call__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            # Lib/typing.py's TypedDict(typename, fields) function form: a new TypedDict class
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            ns = {'__annotations__': dict(fields),
                  '__module__': _sys._getframe(1).f_globals.get('__name__', '__main__')}
            return _TypedDictMeta(typename, (), ns, total=total)
        return dict(*args, **kwargs)


class _TypedDictBase:
    pass


class TypedDict(metaclass=_TypedDictMeta):
    pass
