# string for the models: Lib/string.py's constants, capwords and Template (written here in the model's
# subset; Template substitutes with a hand-written scanner instead of a regular expression, same results for
# $name, ${name} and $$).
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_IDCHARS = ascii_letters + digits + '_'


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        out = []
        s = self.template
        d = self.delimiter
        i = 0
        n = len(s)
        while i < n:
            if not s.startswith(d, i):
                out.append(s[i])
                i += 1
                continue
            j = i + len(d)
            if s.startswith(d, j):
                out.append(d)
                i = j + len(d)
                continue
            braced = j < n and s[j] == '{'
            k = j + 1 if braced else j
            e = k
            while e < n and s[e] in _IDCHARS and not (e == k and s[e] in digits):
                e += 1
            name = s[k:e]
            if not name or (braced and (e >= n or s[e] != '}')):
                if safe:
                    out.append(d)
                    i = j
                    continue
                raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
            end = e + 1 if braced else e
            if name in mapping:
                out.append('%s' % (mapping[name],))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, **kws):
        return self._scan(_merged(mapping, kws), False)

    def safe_substitute(self, mapping=None, **kws):
        return self._scan(_merged(mapping, kws), True)


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged
