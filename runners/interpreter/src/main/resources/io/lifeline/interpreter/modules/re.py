# re for the models: Lib/re/__init__.py's functions and compiled-pattern cache in Python (written here), with the
# _sre types (Pattern, Match, the finditer scanner) as slotted classes holding what sre's hold: a Match its pattern
# and string, a scanner its pattern and string, finditer a callable_iterator over the scanner's bound search. The
# matching itself is _re_engine (java.util.regex over a translation). Like sre's, the objects here are not
# weakly referenceable; str patterns only.
import sys
import _re_engine

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
           "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE"]

A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
DEBUG = 128
if sys.version_info < (3, 13):
    T = TEMPLATE = 1
if sys.version_info >= (3, 11):
    NOFLAG = 0

_FLAG_NAMES = ((1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
               (16, "re.DOTALL"), (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII"))
_MAXSIZE = sys.maxsize
_PYPY = sys.implementation.name == 'pypy'


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
if sys.version_info >= (3, 13):
    error.__name__ = error.__qualname__ = 'PatternError'
    PatternError = error


def _text(string):
    if isinstance(string, str):
        return string
    if isinstance(string, (bytes, bytearray, memoryview)):
        _re_engine.unsupported("re on bytes")
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _exact(string):
    # The engine reads an exact str; a Match still keeps the caller's object (a str subclass stays one).
    return string if type(string) is str else str.__str__(string)


class Pattern:
    __slots__ = ("pattern", "flags", "groups", "groupindex", "__weakref__")

    def __init__(self, pattern, flags):
        try:
            info = _re_engine.compile(pattern, flags)
        except ValueError as e:
            pos, _, msg = str(e).partition(':')
            raise error(msg, pattern, int(pos)) from None
        self.pattern = pattern
        self.flags = info[0]
        self.groups = info[1]
        self.groupindex = dict(info[2])

    def __repr__(self):
        names = [name for bit, name in _FLAG_NAMES if self.flags & bit]
        if names:
            return 're.compile(%r, %s)' % (self.pattern, '|'.join(names))
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def _search(self, string, pos, endpos, mode, must_advance):
        exact = _exact(string)
        spans = _re_engine.search(self.pattern, self.flags, exact, pos, endpos, mode, must_advance)
        if spans is None:
            return None
        # PyPy's rsre keeps the text as an exact str; CPython's Match keeps the caller's object.
        return Match(self, exact if _PYPY else string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._search(_text(string), pos, endpos, 0, 0)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._search(_text(string), pos, endpos, 1, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._search(_text(string), pos, endpos, 2, 0)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, _text(string), pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(self.scanner(string, pos, endpos).search, None)

    def _spans(self, string, pos, endpos):
        # sre's state loop (pattern_findall, pattern_subx, pattern_split): after an empty match the next one must
        # advance (3.7+).
        must_advance = 0
        string = _exact(string)
        while True:
            spans = _re_engine.search(self.pattern, self.flags, string, pos, endpos, 1, must_advance)
            if spans is None:
                return
            yield spans
            must_advance = 1 if spans[1] == spans[2] else 0
            pos = spans[2]

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        string = _text(string)
        found = []
        for spans in self._spans(string, pos, endpos):
            if self.groups == 0:
                found.append(string[spans[1]:spans[2]])
            elif self.groups == 1:
                found.append(string[spans[3]:spans[4]] if spans[3] >= 0 else '')
            else:
                found.append(tuple(string[spans[2 * g + 1]:spans[2 * g + 2]] if spans[2 * g + 1] >= 0 else ''
                                   for g in range(1, self.groups + 1)))
        return found

    def split(self, string, maxsplit=0):
        string = _text(string)
        parts = []
        last = 0
        n = 0
        for spans in self._spans(string, 0, _MAXSIZE):
            if maxsplit and n >= maxsplit:
                break
            parts.append(string[last:spans[1]])
            for g in range(1, self.groups + 1):
                parts.append(string[spans[2 * g + 1]:spans[2 * g + 2]] if spans[2 * g + 1] >= 0 else None)
            last = spans[2]
            n += 1
        parts.append(string[last:])
        return parts

    def subn(self, repl, string, count=0):
        string = _text(string)
        if callable(repl):
            call = repl
            literal = None
        else:
            call = None
            literal = repl if '\\' not in repl else None
            template = None if literal is not None else _parse_template(repl, self)
        pieces = []
        last = 0
        n = 0
        for spans in self._spans(string, 0, _MAXSIZE):
            if count and n >= count:
                break
            if last < spans[1]:
                pieces.append(string[last:spans[1]])
            if literal is not None:
                pieces.append(literal)
            else:
                # pattern_subx: one Match per replacement, released as soon as its result is taken.
                match = Match(self, _exact(string) if _PYPY else string, 0, _MAXSIZE, spans)
                if call is not None:
                    item = call(match)
                else:
                    item = _expand(template, match)
                del match
                if item is not None:
                    if _PYPY and not isinstance(item, str):
                        raise TypeError("sequence item %d: expected str, %s found" % (len(pieces), type(item).__name__))
                    pieces.append(item)
                del item
            last = spans[2]
            n += 1
        if last < len(string):
            pieces.append(string[last:])
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


Pattern.__module__ = 're'


class Match:
    __slots__ = ("_spans", "endpos", "pos", "re", "string")

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        n = len(string)
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)
        self._spans = spans

    def _index(self, g):
        if isinstance(g, str):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        elif isinstance(g, int) and 0 <= g <= self.re.groups:
            return int(g)
        raise IndexError("no such group")

    def _group(self, g, default=None):
        g = self._index(g)
        start = self._spans[2 * g + 1]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * g + 2]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 2]

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g + 1], self._spans[2 * g + 2])

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        index = self._spans[0]
        return None if index < 0 else index

    @property
    def lastgroup(self):
        index = self._spans[0]
        for name, g in self.re.groupindex.items():
            if g == index:
                return name
        return None

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


Match.__module__ = 're'


class _Scanner:
    # SRE_Scanner: the pattern and the string (in its state); each call goes on where the last match ended.
    __slots__ = ("_must_advance", "_pos", "endpos", "pattern", "string")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self.string = string
        self._pos = pos
        self.endpos = endpos
        self._must_advance = 0

    def _next(self, mode):
        if self._pos is None:
            return None
        match = self.pattern._search(self.string, self._pos, self.endpos, mode, self._must_advance)
        if match is None:
            self._pos = None
            return None
        self._must_advance = 1 if match._spans[1] == match._spans[2] else 0
        self._pos = match._spans[2]
        return match

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(1)


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _parse_template(template, pattern):
    # sre_parse.parse_template: literal pieces and group numbers, in order.
    if not isinstance(template, str):
        _text(template)
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        i += 1
        if c != '\\':
            literal.append(c)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", template, i - 1)
        c = template[i]
        i += 1
        if c == 'g':
            end = template.find('>', i)
            if not template.startswith('<', i) or end < 0:
                raise error("missing <" if not template.startswith('<', i) else "missing >, unterminated name",
                            template, i)
            name = template[i + 1:end]
            if name.isdigit():
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference %d" % group, template, i + 1)
            elif name in pattern.groupindex:
                group = pattern.groupindex[name]
            elif name.isidentifier():
                raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, template, i + 1)
            i = end + 1
            parts.append(''.join(literal))
            literal = []
            parts.append(group)
        elif c == '0':
            digits = c
            while i < n and len(digits) < 3 and template[i] in '01234567':
                digits += template[i]
                i += 1
            literal.append(chr(int(digits, 8)))
        elif c.isdigit() and c in '0123456789':
            digits = c
            if i < n and template[i] in '0123456789':
                if c in '01234567' and template[i] in '01234567' and i + 1 < n and template[i + 1] in '01234567':
                    literal.append(chr(int(template[i - 1:i + 2], 8)))
                    i += 2
                    continue
                digits += template[i]
                i += 1
            group = int(digits)
            if group > pattern.groups:
                raise error("invalid group reference %d" % group, template, i - len(digits) - 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(group)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, i - 2)
        else:
            literal.append('\\')
            literal.append(c)
    parts.append(''.join(literal))
    return parts


def _expand(template, match):
    # Literal pieces at even indices, group numbers at odd ones; an unmatched group is '' (3.5+).
    out = []
    for k in range(len(template)):
        piece = template[k]
        if k % 2 == 0:
            out.append(piece)
        else:
            value = match.group(piece)
            if value is not None:
                out.append(value)
    return ''.join(out)


_cache = {}
_MAXCACHE = 512
if sys.version_info >= (3, 12):
    _cache2 = {}
    _MAXCACHE2 = 256


def _compile(pattern, flags):
    # Lib/re/__init__.py's _compile, keyed by (type, pattern, flags). Through 3.11 (and PyPy 3.9) one dict whose
    # oldest entry goes when it is full; 3.12+ first looks in _cache2 (the 256 newest, oldest dropped first), then
    # in _cache, which it keeps in least-recently-used order.
    if not isinstance(flags, int):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    if sys.version_info >= (3, 12):
        p = _cache2.get(key)
        if p is not None:
            return p
        p = _cache.pop(key, None)
    else:
        p = _cache.get(key)
        if p is not None:
            return p
    if p is None:
        p = _new_pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
    _cache[key] = p
    if sys.version_info >= (3, 12):
        if len(_cache2) >= _MAXCACHE2:
            del _cache2[next(iter(_cache2))]
        _cache2[key] = p
    return p


def _new_pattern(pattern, flags):
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            _re_engine.unsupported("re on bytes")
        raise TypeError("first argument must be string or compiled pattern")
    return Pattern(pattern, flags)


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    if sys.version_info >= (3, 12):
        _cache2.clear()


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    _re_engine.unsupported("re.escape on bytes")
