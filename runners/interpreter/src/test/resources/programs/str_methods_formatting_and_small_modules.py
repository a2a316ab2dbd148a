# includes: named.py
# The methods of the built-in types and the small modules ordinary code calls (issue 18, l7): str methods,
# str.format fields, %-formatting, int/float/bytes/dict/set methods, operator, traceback, functools.cached_property,
# string and json. Values are checked against the real interpreters; the lifetimes around them are the point:
# format fields and %-keys hold their objects only while formatting, traceback summaries hold no frames while
# clear_frames frees the locals, a cached_property value lives in the instance dict, json's object_hook result
# replaces the decoded dict.
import functools, gc, json, operator, string, traceback


class Obj(Named):
    died = "freed"


values = [
 ("'ab cd'.title()", lambda: 'ab cd'.title()),
 ("'aB'.capitalize()", lambda: 'aB'.capitalize()),
 ("'aB'.swapcase()", lambda: 'aB'.swapcase()),
 ("'42'.zfill(5)", lambda: '42'.zfill(5)),
 ("'a'.center(5, '*')", lambda: 'a'.center(5, '*')),
 ("'a'.ljust(3)", lambda: 'a'.ljust(3)),
 ("'a'.rjust(3)", lambda: 'a'.rjust(3)),
 ("'a\\tb'.expandtabs(4)", lambda: 'a\tb'.expandtabs(4)),
 ("'a=b=c'.rpartition('=')", lambda: 'a=b=c'.rpartition('=')),
 ("'abca'.rfind('a')", lambda: 'abca'.rfind('a')),
 ("'abca'.rindex('a')", lambda: 'abca'.rindex('a')),
 ("'a b c'.rsplit(None, 1)", lambda: 'a b c'.rsplit(None, 1)),
 ("'a\\nb\\r\\nc'.splitlines()", lambda: 'a\nb\r\nc'.splitlines()),
 ("'a\\nb'.splitlines(True)", lambda: 'a\nb'.splitlines(True)),
 ("'12'.isdigit()", lambda: '12'.isdigit()),
 ("'ab'.isalpha()", lambda: 'ab'.isalpha()),
 ("'a1'.isalnum()", lambda: 'a1'.isalnum()),
 ("' '.isspace()", lambda: ' '.isspace()),
 ("'AB'.isupper()", lambda: 'AB'.isupper()),
 ("'ab'.islower()", lambda: 'ab'.islower()),
 ("'a_1'.isidentifier()", lambda: 'a_1'.isidentifier()),
 ("'12'.isnumeric()", lambda: '12'.isnumeric()),
 ("'12'.isdecimal()", lambda: '12'.isdecimal()),
 ("'Ab Cd'.istitle()", lambda: 'Ab Cd'.istitle()),
 ("'SS'.casefold()", lambda: 'SS'.casefold()),
 ("'prefix_x'.removeprefix('prefix_')", lambda: 'prefix_x'.removeprefix('prefix_')),
 ("'x.py'.removesuffix('.py')", lambda: 'x.py'.removesuffix('.py')),
 ("'abc'.translate(str.maketrans('ab', 'xy'))", lambda: 'abc'.translate(str.maketrans('ab', 'xy'))),
 ("'abc'.encode()", lambda: 'abc'.encode()),
 ("'{a}'.format_map({'a': 1})", lambda: '{a}'.format_map({'a': 1})),
 ("'abcabc'.count('a', 1)", lambda: 'abcabc'.count('a', 1)),
 ("'abc'.startswith(('x', 'a'))", lambda: 'abc'.startswith(('x', 'a'))),
 ("b'a,b'.split(b',')", lambda: b'a,b'.split(b',')),
 ("b'ab'.hex()", lambda: b'ab'.hex()),
 ("bytes.fromhex('6162')", lambda: bytes.fromhex('6162')),
 ("b'ab'.decode()", lambda: b'ab'.decode()),
 ("b','.join([b'a', b'b'])", lambda: b','.join([b'a', b'b'])),
 ("b'abc'.find(b'c')", lambda: b'abc'.find(b'c')),
 ('(255).bit_length()', lambda: (255).bit_length()),
 ("(1).to_bytes(2, 'big')", lambda: (1).to_bytes(2, 'big')),
 ("int.from_bytes(b'\\x00\\x01', 'big')", lambda: int.from_bytes(b'\x00\x01', 'big')),
 ('(3).conjugate()', lambda: (3).conjugate()),
 ('(3).as_integer_ratio()', lambda: (3).as_integer_ratio()),
 ('(3).__index__()', lambda: (3).__index__()),
 ('(1.0).is_integer()', lambda: (1.0).is_integer()),
 ('(1.5).hex()', lambda: (1.5).hex()),
 ('(0.5).as_integer_ratio()', lambda: (0.5).as_integer_ratio()),
 ("dict.fromkeys('ab', 0)", lambda: dict.fromkeys('ab', 0)),
 ('{1: 2} | {3: 4}', lambda: {1: 2} | {3: 4}),
 ('{1, 2}.union({3}, {4})', lambda: {1, 2}.union({3}, {4})),
 ('{1,2} & {2}', lambda: {1,2} & {2}),
 ('{1,2} ^ {2,3}', lambda: sorted({1,2} ^ {2,3})),
 ('{1,2} - {2}', lambda: {1,2} - {2}),
 ('{1,2}.symmetric_difference({2})', lambda: {1,2}.symmetric_difference({2})),
 ('{1}.isdisjoint({2})', lambda: {1}.isdisjoint({2})),
 ('{1,2}.issuperset({1})', lambda: {1,2}.issuperset({1})),
 ('{1}.intersection_update({1})', lambda: {1}.intersection_update({1})),
 ("sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0], reverse=True)", lambda: sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0], reverse=True)),
 ("'{0[0]}'.format([5])", lambda: '{0[0]}'.format([5])),
 ("'{a[k]}'.format(a={'k': 1})", lambda: '{a[k]}'.format(a={'k': 1})),
 ("'{!r:>10}'.format('x')", lambda: '{!r:>10}'.format('x')),
 ("'{:{w}}'.format(1, w=4)", lambda: '{:{w}}'.format(1, w=4)),
 ("'%5.2f' % 3.14159", lambda: '%5.2f' % 3.14159),
 ("'%-5d|' % 3", lambda: '%-5d|' % 3),
 ("'%x %o %e %g %c' % (255, 8, 1.5, 0.0001, 65)", lambda: '%x %o %e %g %c' % (255, 8, 1.5, 0.0001, 65)),
 ("'%(a)s' % {'a': 1}", lambda: '%(a)s' % {'a': 1}),
 ("'%+05d' % 3", lambda: '%+05d' % 3),
 ("'%#x' % 255", lambda: '%#x' % 255),
 ('divmod(7, 2)', lambda: divmod(7, 2)),
 ('divmod(7.5, 2)', lambda: divmod(7.5, 2)),
 ('round(2.675, 2)', lambda: round(2.675, 2)),
 ('round(1234, -2)', lambda: round(1234, -2)),
 ('pow(3, 4, 5)', lambda: pow(3, 4, 5)),
 ("int('ff', 16)", lambda: int('ff', 16)),
 ("int('0x1f', 0)", lambda: int('0x1f', 0)),
 ('hash((1, 2))', lambda: hash((1, 2))),
 ('hash(frozenset([1]))', lambda: hash(frozenset([1]))),
 ("format(3.5, '>8.2f')", lambda: format(3.5, '>8.2f')),
 ("'{:,}'.format(1234567)", lambda: '{:,}'.format(1234567)),
 ("'%s and %r' % ('a', 'b')", lambda: '%s and %r' % ('a', 'b')),
 ("'%.3s' % 'abcdef'", lambda: '%.3s' % 'abcdef'),
 ("'%5s|' % 'ab'", lambda: '%5s|' % 'ab'),
 ("'%*d' % (5, 3)", lambda: '%*d' % (5, 3)),
 ('[1,2].index(2)', lambda: [1,2].index(2)),
 ('(1,2).count(1)', lambda: (1,2).count(1)),
 ('{1: 2}.setdefault(3, 4)', lambda: {1: 2}.setdefault(3, 4)),
 ('{}.update(a=1)', lambda: {}.update(a=1)),
 ("float('inf')", lambda: float('inf')),
 ('abs(-3)', lambda: abs(-3)),
 ("str(b'x')", lambda: str(b'x')),
 ('repr(1.5)', lambda: repr(1.5)),
 ("ascii('é')", lambda: ascii('é')),
 ('chr(65)', lambda: chr(65)),
 ("ord('a')", lambda: ord('a')),
 ('bin(5)', lambda: bin(5)),
 ('oct(8)', lambda: oct(8)),
 ('hex(255)', lambda: hex(255)),
 ("'x'*3", lambda: 'x'*3),
 ("list(reversed('ab'))", lambda: list(reversed('ab'))),
 ("min('ab', key=ord)", lambda: min('ab', key=ord)),
 ("'%i%%' % 5", lambda: '%i%%' % 5),
 ("'%.2e' % 12345.678", lambda: '%.2e' % 12345.678),
 ("'%g' % 1e20", lambda: '%g' % 1e20),
 ("'%10.4g|' % 3.14159", lambda: '%10.4g|' % 3.14159),
 ("'%c' % 'z'", lambda: '%c' % 'z'),
 ("'%X' % 255", lambda: '%X' % 255),
 ("'%r' % 1.5", lambda: '%r' % 1.5),
 ('{1: 1}.popitem()', lambda: {1: 1}.popitem()),
 ('[3,1,2].sort(key=lambda x: -x)', lambda: [3,1,2].sort(key=lambda x: -x)),
 ('frozenset([1]) | {2}', lambda: frozenset([1]) | {2}),
 ('{1,2} <= {1,2,3}', lambda: {1,2} <= {1,2,3}),
 ('max([1,2], default=0)', lambda: max([1,2], default=0)),
 ("'a'.join(map(str, range(3)))", lambda: 'a'.join(map(str, range(3)))),
 ("'ABC'.lower()", lambda: 'ABC'.lower()),
 ("'abc'.index('c', 1, 3)", lambda: 'abc'.index('c', 1, 3)),
 ("' x '.strip()", lambda: ' x '.strip()),
 ("'abc'[::-1]", lambda: 'abc'[::-1]),
 ("str.upper('a')", lambda: str.upper('a')),
 ("b'a' + b'b'", lambda: b'a' + b'b'),
 ("b'ab'.upper()", lambda: b'ab'.upper()),
 ("b'  a '.strip()", lambda: b'  a '.strip()),
 ("b'abc'.startswith(b'a')", lambda: b'abc'.startswith(b'a')),
 ("b'a b'.split()", lambda: b'a b'.split()),
 ("b'abc'.replace(b'a', b'x')", lambda: b'abc'.replace(b'a', b'x')),
 ("list(b'ab')", lambda: list(b'ab')),
 ('bytes([65, 66])', lambda: bytes([65, 66])),
 ('bytes(3)', lambda: bytes(3)),
 ("int.from_bytes(b'\\x01\\x00', 'little')", lambda: int.from_bytes(b'\x01\x00', 'little')),
 ("(-5).to_bytes(2, 'big', signed=True)", lambda: (-5).to_bytes(2, 'big', signed=True)),
 ('(10).__index__()', lambda: (10).__index__()),
 ('True + 1', lambda: True + 1),
 ("format(255, 'x')", lambda: format(255, 'x')),
 ("format(255, '#010b')", lambda: format(255, '#010b')),
 ("format(0.25, '%')", lambda: format(0.25, '%')),
 ("'{:^9}'.format('mid')", lambda: '{:^9}'.format('mid')),
 ("'{:*<6}'.format('ab')", lambda: '{:*<6}'.format('ab')),
 ("'{:+.3e}'.format(12.5)", lambda: '{:+.3e}'.format(12.5)),
 ("'{:08.3f}'.format(-3.14159)", lambda: '{:08.3f}'.format(-3.14159)),
 ("'{:_}'.format(10**6)", lambda: '{:_}'.format(10**6)),
 ("'{0}{1}{0}'.format('a', 'b')", lambda: '{0}{1}{0}'.format('a', 'b')),
 ("'{:>{w}.{p}f}'.format(3.14159, w=8, p=2)", lambda: '{:>{w}.{p}f}'.format(3.14159, w=8, p=2)),
 ("'{x!s:<4}|'.format(x=1)", lambda: '{x!s:<4}|'.format(x=1)),
 ("'{:d}'.format(True)", lambda: '{:d}'.format(True)),
]
values += [
 ("float hex", lambda: (0.1).hex()), ("ratio", lambda: (0.1).as_integer_ratio()),
 ("to_bytes", lambda: (-129).to_bytes(2, 'big', signed=True)), ("from_bytes", lambda: int.from_bytes([1, 2], 'little')),
 ("int base 0", lambda: int('0b101', 0)), ("bad int", lambda: int('12a')), ("pow mod", lambda: pow(3, -1, 7)),
 ("dict or", lambda: {1: 'a', 2: 'b'} | {2: 'c', 3: 'd'}), ("set cmp", lambda: ({1} < {1, 2}, {1, 2} >= {2}, frozenset({1}) == {1})),
 ("operator", lambda: (operator.mul('a', 3), operator.lt(1, 2), operator.not_([]), operator.index(7), operator.concat([1], [2]))),
 ("string", lambda: (string.capwords("hello  big world"), string.Template("$a and ${b}$$").substitute(a=1, b=2))),
 ("json", lambda: json.dumps({"b": [1, 2.5, None, True], "a": "é\n"}, sort_keys=True)),
 ("json back", lambda: json.loads('{"x": [1, -2.5e1, false, null, "\\u00e9"]}')),
]
for label, f in values:
    try:
        event("ok", label, repr(f()))
    except Exception as e:
        event("error", label, type(e).__name__, str(e))

rows = [Obj("row0"), Obj("row1")]
event("format", "{0.name:>6}|{rows[1].name!r}|{1:{w}}".format(rows[0], 7, rows=rows, w=3))
event("percent", "%(a)s-%(b)5.1f" % {"a": rows[1], "b": 2.25})
rows.clear()
event("rows cleared")


def fail(n):
    local = Obj("local%d" % n)
    raise ValueError("bad %d" % n)


saved = []
for n in range(2):
    try:
        fail(n)
    except ValueError as e:
        event("last line", traceback.format_exc().splitlines()[-1])
        saved.append(e)
te = traceback.TracebackException.from_exception(saved[0])
event("summary", [fs.name for fs in te.stack], "".join(te.format_exception_only()).strip())
traceback.clear_frames(saved[0].__traceback__)
event("frames cleared")
saved.clear()
event("saved cleared")


class Table:
    @functools.cached_property
    def index(self):
        event("compute index")
        return Obj("index")


t = Table()
event("cached", t.index.name, t.index.name)
del t.index
event("invalidated")
t = None
event("table dropped")
records = json.loads('[{"id": 1}, {"id": 2}]', object_hook=lambda d: Obj("rec%d" % d["id"]))
event("records", records)
records = None
gc.collect()
event("end")
