# dataclasses, written for the models after the design of CPython's Lib/dataclasses.py (Python everywhere).
# __init__ is generated as source text run by exec, as each modelled version's Lib/dataclasses.py does it
# (_create_fn; 3.13's _FuncBuilder with __init__ alone): its defaults are its __defaults__, the default factories
# and sentinels the cells it closes over, its frames are File "<string>". __repr__, __eq__, the order methods,
# __hash__ and the frozen __setattr__ are closures that keep what the generated ones keep. Keyword-only fields, slots=True and match_args follow
# the version each model models (3.10+; weakref_slot 3.11+); PyPy 3.9 has none of them.
import sys as _sys
import copy as _copy
import types as _types

_V = _sys.version_info[:2]

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'MISSING', 'fields', 'asdict',
           'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()

if _V >= (3, 10):
    class _KwOnlyType:
        def __repr__(self):
            return 'KW_ONLY'

    KW_ONLY = _KwOnlyType()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        return 'dataclasses.InitVar[%s]' % getattr(self.type, '__name__', repr(self.type))

    def __class_getitem__(cls, type):
        return InitVar(type)


# Lib/dataclasses.py: a field's metadata is a read-only view of the mapping given (one shared empty view when none).
_EMPTY_METADATA = _types.MappingProxyType({})


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,'
                'metadata=%r,kw_only=%r,_field_type=%r)' % (self.name, self.type, self.default,
                self.default_factory, self.init, self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func is not None:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('ClassVar') or annotation.startswith('typing.ClassVar')
    # CPython looks typing up in sys.modules: a ClassVar can only come from an imported typing
    form = getattr(annotation, '__origin__', annotation)
    return type(form).__name__ == '_SpecialForm' and getattr(form, '_name', None) == 'ClassVar'



def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith('InitVar') or annotation.startswith('dataclasses.InitVar')
    return annotation is InitVar or isinstance(annotation, InitVar)


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % name)
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
    if f._field_type is _FIELD and f.default is not MISSING:
        # 3.11+ refuses any unhashable default (a class with __eq__ and no __hash__ too); 3.10 list, dict, set
        mutable = isinstance(f.default, (list, dict, set)) or (
            _V >= (3, 11) and type(f.default).__module__ != 'builtins'
            and getattr(type(f.default), '__hash__', None) is None)
        if mutable:
            raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
    return f


# The names the generated __init__'s text uses for what it closes over: 3.12+ prefix them (gh-102559).
if _V >= (3, 12):
    _TYPE, _DFLT, _HAS_DEFAULT = '__dataclass_type_%s__', '__dataclass_dflt_%s__', '__dataclass_HAS_DEFAULT_FACTORY__'
else:
    _TYPE, _DFLT, _HAS_DEFAULT = '_type_%s', '_dflt_%s', '_HAS_DEFAULT_FACTORY'


class _Builtins:
    # 3.9's BUILTINS local (the builtins module), which a frozen __init__ reads object from.
    object = object


def _create_fn(name, args, body, *, globals, locals, return_type):
    """Lib/dataclasses.py's _create_fn (3.13: _FuncBuilder.add_fns_to_class with this one function): the text
    `def __create_fn__(<locals>):` around `def name(args)->return type:` and its body, exec'd in the class's module
    globals; __create_fn__ called with the locals returns the function, which closes over them."""
    if _V >= (3, 13):
        locals['__dataclass_%s_return_type__' % name] = return_type
        annotation = '->__dataclass_%s_return_type__' % name
    elif _V >= (3, 12):
        locals['__dataclass_return_type__'] = return_type
        annotation = '->__dataclass_return_type__'
    else:
        if _V < (3, 10) and 'BUILTINS' not in locals:
            locals['BUILTINS'] = _Builtins
        locals['_return_type'] = return_type
        annotation = '->_return_type'
    body = '\n'.join('  %s' % line for line in body)
    txt = ' def %s(%s)%s:\n%s' % (name, ','.join(args), annotation, body)
    if _V >= (3, 13):
        txt = 'def __create_fn__(%s):\n%s\n return (%s,)' % (','.join(locals.keys()), txt, name)
    else:
        txt = 'def __create_fn__(%s):\n%s\n return %s' % (', '.join(locals.keys()), txt, name)
    ns = {}
    exec(txt, globals, ns)
    fn = ns['__create_fn__'](**locals)
    return fn[0] if _V >= (3, 13) else fn


def _field_assign(frozen, name, value, self_name):
    if frozen:
        owner = 'BUILTINS.object' if _V < (3, 10) else '__dataclass_builtins_object__'
        return '%s.__setattr__(%s,%r,%s)' % (owner, self_name, name, value)
    return '%s.%s=%s' % (self_name, name, value)


def _field_init(f, frozen, locals, self_name, slots):
    """The line of __init__'s body that sets field f, or None (Lib/dataclasses.py's _field_init)."""
    default_name = _DFLT % f.name
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = '%s() if %s is %s else %s' % (default_name, f.name, _HAS_DEFAULT, f.name)
        else:
            value = '%s()' % default_name
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = '=' + _DFLT % f.name
    else:
        default = '=' + _HAS_DEFAULT
    return '%s:%s%s' % (f.name, _TYPE % f.name, default)


def _module_globals(cls):
    """sys.modules[cls.__module__].__dict__, or {} (the models have no sys.modules: the dict is found as the globals
    of the nearest calling frame running that module's code, where the class statement or make_dataclass ran)."""
    frame = _sys._getframe(1)
    while frame is not None:
        if frame.f_globals.get('__name__') == cls.__module__:
            return frame.f_globals
        frame = frame.f_back
    return {}


def _make_init(cls, all_fields, frozen, has_post_init, slots):
    """Lib/dataclasses.py's _init_fn: the generated __init__, exec'd from text with the field types, defaults and
    factories as the locals of __create_fn__ (the defaults become its __defaults__, the factories its closure)."""
    fields_ = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    self_name = '__dataclass_self__' if 'self' in [f.name for f in all_fields] else 'self'
    locals = {_TYPE % f.name: f.type for f in fields_}
    if _V < (3, 12):
        locals['MISSING'] = MISSING
    locals[_HAS_DEFAULT] = _HAS_DEFAULT_FACTORY
    if _V >= (3, 10):
        locals['__dataclass_builtins_object__'] = object
    body = [line for line in (_field_init(f, frozen, locals, self_name, slots) for f in fields_) if line]
    if has_post_init:
        body.append('%s.__post_init__(%s)' % (self_name, ','.join(f.name for f in fields_
                                                                   if f._field_type is _FIELD_INITVAR)))
    params = [_init_param(f) for f in fields_ if f.init and not f.kw_only]
    kw_only = [_init_param(f) for f in fields_ if f.init and f.kw_only]
    if kw_only:
        params += ['*'] + kw_only
    fn = _create_fn('__init__', [self_name] + params, body or ['pass'], globals=_module_globals(cls), locals=locals,
                    return_type=None)
    fn.__qualname__ = cls.__qualname__ + '.__init__'
    return fn


def _tuple_of(fields_):
    names = [f.name for f in fields_]

    def values(obj):
        return tuple([getattr(obj, n) for n in names])
    return values


def _make_repr(fields_):
    shown = [f.name for f in fields_ if f.repr]
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = ['%s=%r' % (n, getattr(self, n)) for n in shown]
        finally:
            running.discard(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
    return __repr__


def _make_eq(fields_):
    compared = [f.name for f in fields_ if f.compare]
    values = _tuple_of([f for f in fields_ if f.compare])

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        if _V >= (3, 13):
            for n in compared:
                if not getattr(self, n) == getattr(other, n):
                    return False
            return True
        return values(self) == values(other)
    return __eq__


def _make_order(fields_, op):
    values = _tuple_of([f for f in fields_ if f.compare])

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a = values(self)
        b = values(other)
        if op == '<':
            return a < b
        if op == '<=':
            return a <= b
        if op == '>':
            return a > b
        return a >= b
    return compare


def _make_hash(fields_):
    values = _tuple_of([f for f in fields_ if (f.compare if f.hash is None else f.hash)])

    def __hash__(self):
        return hash(values(self))
    return __hash__


def _frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field '%s'" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field '%s'" % name)
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    for b in reversed(cls.__mro__[1:]):
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    default_kw_only = kw_only
    for name, annotation in annotations.items():
        if _V >= (3, 10) and (annotation is KW_ONLY or annotation == 'KW_ONLY' or annotation == 'dataclasses.KW_ONLY'):
            default_kw_only = True
            continue
        own.append(_get_field(cls, name, annotation, default_kw_only))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % name)
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    cls.__dataclass_fields__ = all_fields
    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    if init:
        required_after_default = False
        seen_default = False
        for f in all_fields.values():
            if f.init and f._field_type is not _FIELD_CLASSVAR and not f.kw_only:
                if f.default is MISSING and f.default_factory is MISSING:
                    if seen_default:
                        raise TypeError("non-default argument '%s' follows default argument" % f.name)
                else:
                    seen_default = True
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _make_init(cls, list(all_fields.values()), frozen, has_post_init,
                                                         slots))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(field_list))
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(field_list))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _make_order(field_list, op)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (name, cls.__name__))
    if frozen:
        names = tuple([f.name for f in field_list])
        setattr_, delattr_ = _frozen_methods(cls, names)
        for name, fn in (('__setattr__', setattr_), ('__delattr__', delattr_)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _make_hash(field_list)
    elif eq and frozen and not has_explicit_hash:
        cls.__hash__ = _make_hash(field_list)
    elif eq and not frozen and not has_explicit_hash:
        cls.__hash__ = None
    if match_args and _V >= (3, 10):
        _set_new_attribute(cls, '__match_args__',
                           tuple([f.name for f in all_fields.values() if f.init and not f.kw_only
                                  and f._field_type is _FIELD]))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """slots=True: the class made again with __slots__ of its fields (the first class is left to die)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in cls.__dataclass_fields__.values() if f._field_type is _FIELD])
    inherited = set()
    for b in cls.__mro__[1:-1]:
        for s in getattr(b, '__slots__', ()):
            inherited.add(s)
    slots = [n for n in field_names if n not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        slots.append('__weakref__')
    cls_dict['__slots__'] = tuple(slots)
    for n in field_names:
        cls_dict.pop(n, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              **options):
    allowed = ()
    if _V >= (3, 10):
        allowed = ('match_args', 'kw_only', 'slots')
    if _V >= (3, 11):
        allowed = allowed + ('weakref_slot',)
    for k in options:
        if k not in allowed:
            raise TypeError("dataclass() got an unexpected keyword argument '%s'" % k)
    match_args = options.get('match_args', True)
    kw_only = options.get('kw_only', False)
    slots = options.get('slots', False)
    weakref_slot = options.get('weakref_slot', False)

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple([f for f in fs.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                          for k, v in obj.items()])
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                          for k, v in obj.items()])
    return _copy.deepcopy(obj)


def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar '%s' must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    ns['__module__'] = '__main__'
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **options)
