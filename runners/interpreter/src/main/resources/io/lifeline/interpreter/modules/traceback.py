# traceback for the models: the Python source CPython and PyPy both run (Lib/traceback.py), written here in the
# model's subset. What matters for lifetimes is kept: walk_tb and walk_stack yield the frames themselves,
# FrameSummary and StackSummary hold only strings and ints (no frames, no locals), TracebackException holds the
# exception's type and its chain of TracebackExceptions but not the traceback, and clear_frames clears every
# frame of a traceback. Source lines come from linecache, which knows the program (program.py); a frame of the
# models' own library code (not the program's) gets the line ''.
# The file name is the code's co_filename: 'program.py' (the real runners run the program from a temporary
# directory's program.py) or the name compile() was given ('<string>' for exec and eval of text).
# CPython 3.11+ (PEP 657) prints carets under the failing part of a traceback's source line, from each frame's
# instruction span (code.co_positions() at tb_lasti): 3.11 and 3.12 as Lib/traceback.py of v3.11.7 (the same in
# v3.12.1), 3.13 as v3.13.0's (multi-line spans, call anchors, _should_show_carets; never coloured: the output is
# no tty). The ast the anchors read is the models' parser's (_ast_shape). Columns count characters, as ast's do for
# ASCII source; wide characters count one column. 3.10 and PyPy (3.9) print no carets.
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_POSITIONS = sys.version_info >= (3, 11) and sys.implementation.name == 'cpython'
_V313 = sys.version_info >= (3, 13)
_RECURSIVE_CUTOFF = 3


def _in_program(frame):
    # Whether the frame runs the program's code (its globals are __main__'s), not the models' library code.
    return frame.f_globals.get('__name__') == '__main__'


class FrameSummary:
    def __init__(self, filename, lineno, name, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        if _POSITIONS:
            self.end_lineno = lineno if _V313 and end_lineno is None else end_lineno
            self.colno = colno
            self.end_colno = end_colno

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
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def _lines(self):
        # 3.13's _original_lines: the lines lineno..end_lineno, each right-stripped, joined and ended by '\n'.
        if not self._line and self._line is not None:
            return ''
        lines = []
        for lineno in range(self.lineno, self.end_lineno + 1):
            lines.append(linecache.getline(self.filename, lineno).rstrip())
        return "\n".join(lines) + "\n"


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
        return klass._extract_from_extended_frame_gen(
            ((f, (lineno, None, None, None)) for f, lineno in frame_gen), limit=limit,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, limit=None, capture_locals=False):
        result = klass()
        if limit is not None and limit < 0:
            frame_gen = list(frame_gen)[limit:]  # the last -limit frames (a deque with maxlen=-limit)
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            if limit is not None and 0 <= limit <= len(result._frames):
                break
            result._frames.append(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name,
                                               locals=f.f_locals if capture_locals else None,
                                               line=None if _in_program(f) else '',
                                               end_lineno=end_lineno, colno=colno, end_colno=end_colno))
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

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                     frame_summary.name)]
        if _V313:
            _format_lines_313(row, frame_summary)
        elif frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
            if _POSITIONS:
                _carets_311(row, frame_summary)
        if frame_summary.locals:
            for name in sorted(frame_summary.locals):
                row.append('    {name} = {value}\n'.format(name=name, value=frame_summary.locals[name]))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self._frames:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or last != key:
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')
        return result


class _Anchors:
    # 3.11/3.12: (left_end_offset, right_start_offset); 3.13 adds the line of each.
    def __init__(self, *offsets, primary_char="~", secondary_char="^"):
        if len(offsets) == 2:
            self.left_end_offset, self.right_start_offset = offsets
        else:
            self.left_end_lineno, self.left_end_offset, self.right_start_lineno, self.right_start_offset = offsets
        self.primary_char = primary_char
        self.secondary_char = secondary_char


def _first_statement(source):
    import _ast_shape
    return _ast_shape.first_statement(source)


def _anchors_311(segment):
    # v3.11.7 _extract_caret_anchors_from_line_segment: a BinOp's operator, a Subscript's brackets.
    shape = _first_statement(segment)
    if shape is None or shape[0] != 1 or shape[1] != 'Expr':
        return None
    kind, left, right = shape[2], shape[4], shape[5]
    if kind == 'BinOp':
        operator_str = segment[left[3]:right[1]]
        operator_offset = len(operator_str) - len(operator_str.lstrip())
        left_anchor = left[3] + operator_offset
        right_anchor = left_anchor + 1
        if operator_offset + 1 < len(operator_str) and not operator_str[operator_offset + 1].isspace():
            right_anchor += 1
        while left_anchor < len(segment) and (segment[left_anchor].isspace() or segment[left_anchor] in ")#"):
            left_anchor += 1
            right_anchor += 1
        return _Anchors(left_anchor, right_anchor)
    if kind == 'Subscript':
        left_anchor = left[3]
        right_anchor = right[3] + 1
        while left_anchor < len(segment) and (segment[left_anchor].isspace() or segment[left_anchor] != "["):
            left_anchor += 1
        while right_anchor < len(segment) and (segment[right_anchor].isspace() or segment[right_anchor] != "]"):
            right_anchor += 1
        if right_anchor < len(segment):
            right_anchor += 1
        return _Anchors(left_anchor, right_anchor)
    return None


def _carets_311(row, frame_summary):
    # v3.11.7 (= v3.12.1) StackSummary.format_frame_summary's caret line.
    if frame_summary.colno is None or frame_summary.end_colno is None:
        return
    stripped_line = frame_summary.line
    line = frame_summary._original_line
    stripped_characters = len(line) - len(stripped_line)
    start_offset = frame_summary.colno
    end_offset = frame_summary.end_colno
    code_segment = line[start_offset:end_offset]
    anchors = None
    if frame_summary.lineno == frame_summary.end_lineno:
        try:
            anchors = _anchors_311(code_segment)
        except Exception:
            anchors = None
    else:
        end_offset = len(line.rstrip())
    if end_offset - start_offset < len(stripped_line) or (
            anchors and anchors.right_start_offset - anchors.left_end_offset > 0):
        row.append('    ')
        row.append(' ' * (start_offset + 1 - stripped_characters))
        if anchors:
            row.append(anchors.primary_char * anchors.left_end_offset)
            row.append(anchors.secondary_char * (anchors.right_start_offset - anchors.left_end_offset))
            row.append(anchors.primary_char * (end_offset - start_offset - anchors.right_start_offset))
        else:
            row.append('^' * (end_offset - start_offset))
        row.append('\n')


def _anchors_313(segment):
    # v3.13.0 _extract_caret_anchors_from_line_segment: also a Call's parentheses, over several lines.
    shape = _first_statement("(\n" + segment + "\n)")
    if shape is None or shape[0] != 1 or shape[1] != 'Expr':
        return None
    kind, value, first, second = shape[2], shape[3], shape[4], shape[5]
    lines = segment.splitlines()

    def next_valid_char(lineno, col):
        while lineno < len(lines) and col >= len(lines[lineno]):
            col = 0
            lineno += 1
        if not (lineno < len(lines) and col < len(lines[lineno])):
            raise AssertionError
        return lineno, col

    def increment_until(lineno, col, stop):
        while True:
            ch = lines[lineno][col]
            if ch in "\\#":
                lineno, col = next_valid_char(lineno + 1, 0)
            elif not stop(ch):
                lineno, col = next_valid_char(lineno, col + 1)
            else:
                break
        return lineno, col

    def setup_positions(span, force_valid=True):
        lineno = span[2] - 2
        col = span[3]
        return next_valid_char(lineno, col) if force_valid else (lineno, col)

    if kind == 'BinOp':
        lineno, col = setup_positions(first)
        lineno, col = increment_until(lineno, col, lambda x: not x.isspace() and x != ')')
        right_col = col + 1
        if (right_col < len(lines[lineno])
                and (second[0] - 2 > lineno or right_col < second[1])
                and not lines[lineno][right_col].isspace()
                and lines[lineno][right_col] not in "\\#"):
            right_col += 1
        return _Anchors(lineno, col, lineno, right_col)
    if kind == 'Subscript' or kind == 'Call':
        left_lineno, left_col = setup_positions(first)
        left_lineno, left_col = increment_until(left_lineno, left_col,
                                                lambda x: x == ('[' if kind == 'Subscript' else '('))
        right_lineno, right_col = setup_positions(value, force_valid=False)
        return _Anchors(left_lineno, left_col, right_lineno, right_col)
    return None


def _should_show_carets_313(start_offset, end_offset, all_lines, anchors):
    shape = _first_statement('\n'.join(all_lines))
    if shape is not None:
        if shape[0] == 0:
            return False
        statement, kind, value, flag = shape[1], shape[2], shape[3], shape[6]
        if (statement in ('Return', 'Assign') and kind == 'Call' and flag
                and value[0] == 1 and value[2] == len(all_lines)
                and value[1] == start_offset and value[3] == end_offset):
            return False
    if anchors:
        return True
    if all_lines[0][:start_offset].lstrip() or all_lines[-1][end_offset:].rstrip():
        return True
    return False


def _format_lines_313(row, frame_summary):
    # v3.13.0 StackSummary.format_frame_summary's source lines and carets (colorize False).
    import textwrap
    original = frame_summary._lines()
    dedented = textwrap.dedent(original)
    if not dedented.strip():
        return
    if frame_summary.colno is None or frame_summary.end_colno is None:
        row.append(textwrap.indent(frame_summary.line, '    ') + "\n")
        return
    all_lines_original = original.splitlines()
    first_line = all_lines_original[0]
    start_offset = frame_summary.colno
    end_offset = frame_summary.end_colno
    all_lines = dedented.splitlines()[:frame_summary.end_lineno - frame_summary.lineno + 1]
    dedent_characters = len(first_line) - len(all_lines[0])
    start_offset = max(0, start_offset - dedent_characters)
    end_offset = max(0, end_offset - dedent_characters)
    segment = "\n".join(all_lines)
    segment = segment[start_offset:len(segment) - (len(all_lines[-1]) - end_offset)]
    try:
        anchors = _anchors_313(segment)
    except Exception:
        anchors = None
    show_carets = _should_show_carets_313(start_offset, end_offset, all_lines, anchors)
    result = []
    significant_lines = {0, len(all_lines) - 1}
    anchors_left_end_offset = 0
    anchors_right_start_offset = 0
    primary_char = "^"
    secondary_char = "^"
    if anchors:
        anchors_left_end_offset = anchors.left_end_offset
        anchors_right_start_offset = anchors.right_start_offset
        if anchors.left_end_lineno == 0:
            anchors_left_end_offset += start_offset
        if anchors.right_start_lineno == 0:
            anchors_right_start_offset += start_offset
        primary_char = anchors.primary_char
        secondary_char = anchors.secondary_char
        significant_lines.update(range(anchors.left_end_lineno - 1, anchors.left_end_lineno + 2))
        significant_lines.update(range(anchors.right_start_lineno - 1, anchors.right_start_lineno + 2))
    significant_lines.discard(-1)
    significant_lines.discard(len(all_lines))

    def output_line(lineno):
        result.append(all_lines[lineno] + "\n")
        if not show_carets:
            return
        num_spaces = len(all_lines[lineno]) - len(all_lines[lineno].lstrip())
        carets = []
        num_carets = end_offset if lineno == len(all_lines) - 1 else len(all_lines[lineno])
        for col in range(num_carets):
            if col < num_spaces or (lineno == 0 and col < start_offset):
                carets.append(' ')
            elif anchors and (
                    lineno > anchors.left_end_lineno
                    or (lineno == anchors.left_end_lineno and col >= anchors_left_end_offset)) and (
                    lineno < anchors.right_start_lineno
                    or (lineno == anchors.right_start_lineno and col < anchors_right_start_offset)):
                carets.append(secondary_char)
            else:
                carets.append(primary_char)
        result.append("".join(carets) + "\n")

    sig_lines_list = sorted(significant_lines)
    for i, lineno in enumerate(sig_lines_list):
        if i:
            linediff = lineno - sig_lines_list[i - 1]
            if linediff == 2:
                output_line(lineno - 1)
            elif linediff > 2:
                result.append(f"...<{linediff - 1} lines>...\n")
        output_line(lineno)
    row.append(textwrap.indent(textwrap.dedent("".join(result)), '    ', lambda line: True))


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    positions = list(code.co_positions())
    index = instruction_index // 2
    return positions[index] if index < len(positions) else (None, None, None, None)


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        if _POSITIONS:
            positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        else:
            positions = (None, None, None, None)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + tuple(positions[1:])
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb), limit=limit)


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


def _some_repr(value):
    try:
        return repr(value)
    except Exception:
        return '<__notes__ repr() failed>'


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
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _some_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None) if _POSITIONS else None
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
        notes = self.__notes__
        if isinstance(notes, (list, tuple)) or (isinstance(notes, str) and sys.version_info < (3, 12)):
            for note in notes:
                note = _some_str(note) if isinstance(note, str) else '<note str() failed>'
                for part in note.split('\n'):
                    yield part + '\n'
        elif notes is not None:
            yield _some_repr(notes) + '\n'

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
