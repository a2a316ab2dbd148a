# enum, written for the models after the design of CPython's Lib/enum.py (Python on CPython and PyPy alike):
# a metaclass whose __new__ turns the class body's plain values into members, each an instance of the class
# made once and kept by the class (_member_map_, _value2member_map_, _member_names_ and a class attribute),
# so members die with their class, in a collection. Calling the class looks a member up by value
# (EnumType.__call__), subscripting it by name; iterating it runs a generator over _member_names_.
# IntEnum/IntFlag/StrEnum derive from int/str as enum.py's do, so a member is an int (str) made by the data type's
# __new__ (the member type, _member_type_), and the enum's __repr__/__str__/__format__ replace the data type's where
# the class body does not define them (EnumType.__new__'s "double check that repr and friends are not the mixin's").
import sys as _sys

_V = _sys.version_info[:2]
_enum_ready = False


class auto:
    """A value to fill in with _generate_next_value_ when the class is made."""
    def __init__(self):
        self.value = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


# CPython's _EnumDict resolves auto() as the body assigns it, so `RW = READ | WRITE` combines ints. The model has no
# custom class namespaces: an operator on an auto (either side) builds an expression resolved with the members.
def _auto_operator(op, reflected):
    if reflected:
        def operator(self, other):
            return _AutoExpr(op, other, self)
    else:
        def operator(self, other):
            return _AutoExpr(op, self, other)
    return operator


for _name, _op in (('or', lambda a, b: a | b), ('and', lambda a, b: a & b), ('xor', lambda a, b: a ^ b),
                   ('add', lambda a, b: a + b)):
    setattr(auto, '__%s__' % _name, _auto_operator(_op, False))
    setattr(auto, '__r%s__' % _name, _auto_operator(_op, True))
del _name, _op


class _AutoExpr(auto):
    def __init__(self, op, left, right):
        self.value = None
        self.op, self.left, self.right = op, left, right

    def resolve(self):
        left = self.left.resolve() if isinstance(self.left, _AutoExpr) else self.left
        right = self.right.resolve() if isinstance(self.right, _AutoExpr) else self.right
        left = left.value if isinstance(left, auto) else left
        right = right.value if isinstance(right, auto) else right
        return self.op(left, right)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _is_sunder(name):
    return len(name) > 2 and name[0] == '_' and name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_member_value(name, value):
    if _is_dunder(name) or _is_sunder(name):
        return False
    if isinstance(value, type) or type(value).__name__ in ('property', 'classmethod', 'staticmethod'):
        return False
    return not callable(value) or isinstance(value, auto)


def _bits(value):
    """The powers of two in value, lowest first."""
    out = []
    bit = 1
    while bit <= value:
        if value & bit:
            out.append(bit)
        bit = bit * 2
    return out


def _is_single_bit(num):
    return isinstance(num, int) and num != 0 and num & (num - 1) == 0


def _value_hash(member):
    return hash(member._value_)


class _EnumTypeBody(type):
    """The enum metaclass's methods: makes the members, looks them up by value (call) and name (subscript)."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        names = [k for k, v in classdict.items() if _is_member_value(k, v)]
        ignore = classdict.get('_ignore_', ())
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        raw = []
        for k in names:
            if k in ignore:
                classdict.pop(k)
                continue
            raw.append((k, classdict.pop(k)))
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_type_ = metacls._find_data_type(bases)
        metacls._keep_enum_methods(enum_class, bases, classdict)
        if not _enum_ready:
            return enum_class
        if raw and any(base._member_names_ for base in bases if isinstance(base, EnumMeta)):
            raise TypeError("%s: cannot extend enumeration %r" % (cls, bases[-1].__name__))
        last_values = []
        for name, value in raw:
            if isinstance(value, _AutoExpr):
                value.value = value.resolve()
            if isinstance(value, auto):
                if value.value is None:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            metacls._add_member(enum_class, name, value)
        return enum_class

    def _find_data_type(bases):
        """The first non-enum base on the bases' MROs with its own __new__ (int, str, a user class), else object."""
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumMeta):
                    if base._member_type_ is not object:
                        return base._member_type_
                elif '__new__' in base.__dict__:
                    return base
        return object

    def _keep_enum_methods(enum_class, bases, classdict):
        if enum_class._member_type_ is object:
            return
        first_enum = [b for b in bases if isinstance(b, EnumMeta)][-1]
        for name in ('__repr__', '__str__', '__format__'):
            if name not in classdict:
                owner = [b for b in enum_class.__mro__ if name in b.__dict__][:1]
                if not owner or not isinstance(owner[0], EnumMeta):
                    setattr(enum_class, name, getattr(first_enum, name))
        if '__hash__' not in classdict and '__hash__' not in enum_class._member_type_.__dict__:
            # the data type's hash comes before Enum's on the MRO (the model's int and str have no __hash__ entry)
            enum_class.__hash__ = _value_hash

    def _add_member(enum_class, name, value):
        args = value if isinstance(value, tuple) else (value,)
        new = None
        for base in enum_class.__mro__:
            if base is not object and '__new__' in base.__dict__:
                new = base.__new__
                break
        if new is None:
            member = object.__new__(enum_class)
            member._value_ = value
        else:
            member = new(enum_class, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(*args)
        value = member._value_
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                enum_class._member_map_[name] = other
                type.__setattr__(enum_class, name, other)
                return
        member._sort_order_ = len(enum_class._member_names_)
        flag = globals().get('Flag')
        if _V < (3, 11) or flag is None or not issubclass(enum_class, flag) or _is_single_bit(value):
            # 3.11+ (_proto_member.__set_name__): a Flag's zero or multi-bit member is named but not iterated
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            pass
        type.__setattr__(enum_class, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, start)

    def _lookup_(cls, value):
        if isinstance(value, cls) and value._name_ is not None or type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, start):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names, last_values = names, [], []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
            names = [(n, start + i) if cls._generate_next_value_ is Enum._generate_next_value_ else (n, v)
                     for i, (n, v) in enumerate(names)]
        if isinstance(names, dict):
            names = list(names.items())
        ns = {}
        for n, v in names:
            ns[n] = v
        ns['__module__'] = '__main__'
        return type(cls)(class_name, (cls,), ns)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __setattr__(cls, name, value):
        # EnumType.__setattr__: a member's name cannot be rebound on the class
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            if _V >= (3, 11):
                raise AttributeError('cannot reassign member %r' % (name, ))
            raise AttributeError('Cannot reassign members.')
        super().__setattr__(name, value)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        if _V >= (3, 12):
            return member in cls._value2member_map_
        raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                        % (type(member).__qualname__, cls.__class__.__qualname__))

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        # a read-only view of the class's member map (EnumType.__members__)
        import types
        return types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if _enum_ready and Flag in cls.__mro__:
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


# The metaclass is named EnumType from 3.11 (EnumMeta stays as an alias), EnumMeta before.
if _V >= (3, 11):
    class EnumType(_EnumTypeBody):
        pass
    EnumMeta = EnumType
else:
    class EnumMeta(_EnumTypeBody):
        pass


class Enum(metaclass=EnumMeta):
    """A set of named singletons: the members, made when the class is."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class IntEnum(int, Enum):
    """Members that are ints: int's comparisons, hash and arithmetic, the enum's repr."""

    __repr__ = Enum.__repr__

    def __str__(self):
        if _V >= (3, 11):
            return str(self._value_)
        return Enum.__str__(self)

    def __format__(self, spec):
        return format(self._value_, spec)


class Flag(Enum):
    """Members combined with | & ^ ~; a combination is a pseudo-member made on first use and kept by the class."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 1
        while high <= max(last_values):
            high = high * 2
        return high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        known = 0
        for m in cls._member_map_.values():
            known = known | m._value_
        if value < 0 or value & ~known:
            if value < 0:
                value = known & value
            elif not issubclass(cls, int):
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            # an IntFlag keeps bits no member names (3.10's pseudo-members, 3.11+'s boundary KEEP)
        pseudo = cls._value2member_map_.get(value)
        if pseudo is None:
            if cls._member_type_ is object:
                pseudo = object.__new__(cls)
            else:
                pseudo = cls._member_type_.__new__(cls, value)
            pseudo._value_ = value
            parts = cls._decompose(value)
            if _V >= (3, 11):
                pseudo._name_ = '|'.join([m._name_ for m in parts]) if parts else None
            else:
                pseudo._name_ = None
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    @classmethod
    def _decompose(cls, value):
        out = []
        for bit in _bits(value):
            m = cls._value2member_map_.get(bit)
            if m is not None and m._name_ is not None:
                out.append(m)
        return out

    def _names(self):
        if self._name_ is not None and _V >= (3, 11):
            return self._name_
        parts = self.__class__._decompose(self._value_)
        if _V < (3, 11):
            parts = list(reversed(parts))
        if self._name_ is not None:
            return self._name_
        return '|'.join([m._name_ for m in parts])

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._names(), self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._names())

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    if _V >= (3, 11):
        # 3.11+: a flag iterates over (and counts) the canonical members it contains; 3.10's is not iterable
        def __iter__(self):
            return iter(self.__class__._decompose(self._value_))

        def __len__(self):
            return len(self.__class__._decompose(self._value_))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        known = 0
        for m in self.__class__._member_map_.values():
            known = known | m._value_
        return self.__class__(known & ~self._value_)


class IntFlag(int, Flag):
    """Flags that are ints; Flag's operators (returning members) come before int's, as EnumType puts them."""

    __repr__ = Flag.__repr__
    __contains__ = Flag.__contains__
    if _V >= (3, 11):
        __iter__ = Flag.__iter__
        __len__ = Flag.__len__
    __invert__ = Flag.__invert__

    def __or__(self, other):
        return self.__class__(self._value_ | (other._value_ if isinstance(other, Enum) else other))

    def __and__(self, other):
        return self.__class__(self._value_ & (other._value_ if isinstance(other, Enum) else other))

    def __xor__(self, other):
        return self.__class__(self._value_ ^ (other._value_ if isinstance(other, Enum) else other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __format__(self, spec):
        if _V >= (3, 11):
            return format(self._value_, spec)
        return Flag.__format__(self, spec)

    def __str__(self):
        if _V >= (3, 11):
            return str(self._value_)
        return Flag.__str__(self)


if _V >= (3, 11):
    class StrEnum(str, Enum):
        """Members that are strs: str's comparisons, hash and methods, the enum's repr."""

        __repr__ = Enum.__repr__

        @staticmethod
        def _generate_next_value_(name, start, count, last_values):
            return name.lower()

        def __str__(self):
            return self._value_

        def __format__(self, spec):
            return format(self._value_, spec)

    class ReprEnum(Enum):
        """An Enum whose str() is its value's."""

        def __str__(self):
            return str(self._value_)


def unique(enumeration):
    """Raises ValueError when the enumeration has aliases."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


_enum_ready = True
