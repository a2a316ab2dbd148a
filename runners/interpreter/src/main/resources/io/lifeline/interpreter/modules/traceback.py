# traceback for the models: the Python source CPython and PyPy both run (Lib/traceback.py), written here in the
# model's subset. What matters for lifetimes is kept: walk_tb and walk_stack yield the frames themselves,
# FrameSummary and StackSummary hold only strings and ints (no frames, no locals), TracebackException holds the
# exception's type and its chain of TracebackExceptions but not the traceback, and clear_frames clears every
# frame of a traceback. Source lines come from linecache, which knows the program (program.py); a frame of the
# models' own library code (not the program's) gets the line ''.
# The file name is the code's co_filename: 'program.py' (the real runners run the program from a temporary
# directory's program.py) or the name compile() was given ('<string>' for exec and eval of text).
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

def _in_program(frame):
    # Whether the frame runs the program's code (its globals are __main__'s), not the models' library code.
    return frame.f_globals.get('__name__') == '__main__'


class FrameSummary:
    def __init__(self, filename, lineno, name, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary:
    def __init__(self, frames=()):
        self._frames = list(frames)

    @classmethod
    def extract(klass, frame_gen, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            if limit is not None and len(result._frames) >= limit:
                break
            result._frames.append(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name,
                                               locals=f.f_locals if capture_locals else None,
                                               line=None if _in_program(f) else ''))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result._frames.append(frame)
            else:
                filename, lineno, name, line = frame
                result._frames.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def __iter__(self):
        return iter(self._frames)

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        return self._frames[index]

    def __eq__(self, other):
        return list(self) == list(other)

    def __repr__(self):
        return repr(self._frames)

    def format(self):
        result = []
        for fs in self._frames:
            row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += '    {}\n'.format(fs.line)
            if fs.locals:
                for name in sorted(fs.locals):
                    row += '    {name} = {value}\n'.format(name=name, value=fs.locals[name])
            result.append(row)
        return result


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack._frames.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _some_str(exc_value)
        self.__notes__ = None
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit,
                                                    capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen and not self.__suppress_context__:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, capture_locals=capture_locals, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type is other.exc_type and self._str == other._str and self.stack == other.stack)
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        stype = self.exc_type.__qualname__
        smod = getattr(self.exc_type, '__module__', 'builtins')
        if smod not in ("__main__", "builtins"):
            stype = smod + '.' + stype
        if not self._str:
            yield stype + '\n'
        else:
            yield stype + ': ' + self._str + '\n'

    def format(self, chain=True):
        output = []
        exc = self
        while exc is not None:
            if chain and exc.__cause__ is not None:
                output.append(('\nThe above exception was the direct cause of the following exception:\n\n',
                               exc.__cause__))
                exc = exc.__cause__
            elif chain and exc.__context__ is not None and not exc.__suppress_context__:
                output.append(('\nDuring handling of the above exception, another exception occurred:\n\n',
                               exc.__context__))
                exc = exc.__context__
            else:
                exc = None
        parts = [(None, self)] + output
        result = []
        for index in range(len(parts) - 1, -1, -1):
            msg, exc = parts[index]
            if exc.stack:
                result.append('Traceback (most recent call last):\n')
                result.extend(exc.stack.format())
            result.extend(exc.format_exception_only())
            if msg is not None:
                result.append(msg)
        return iter(result)


def _parse_value_tb(exc, value, tb):
    if (value is None) != (tb is None) and value is _sentinel:
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel and tb is _sentinel:
        if exc is not None:
            return exc, exc.__traceback__
        return None, None
    return value, tb


_sentinel = object()


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit)
    return list(te.format(chain=chain))


def format_exception_only(exc, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None)
    return list(te.format_exception_only())


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit=limit):
        print(line, file=file, end="")


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for line in format_stack(f, limit=limit):
        print(line, file=file, end="")


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next
