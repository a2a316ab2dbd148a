# A small, faithful subset of the `outcome` library (python-trio/outcome,
# src/outcome/_impl.py), in plain Python 3.9 without attrs or typing:
# Value, Error, capture, unwrap() and send(gen) as in outcome 1.3, plus
# unwrap_and_destroy() as proposed in python-trio/outcome PR #49 (issue #47).
# Left out: acapture/asend, remove_tb_frames in capture, __eq__/__hash__.


class AlreadyUsedError(RuntimeError):
    """An Outcome can only be unwrapped or sent once."""


class Outcome:
    __slots__ = ("_unwrapped",)

    def __init__(self):
        self._unwrapped = False

    def _set_unwrapped(self):
        if self._unwrapped:
            raise AlreadyUsedError
        self._unwrapped = True


class Value(Outcome):
    __slots__ = ("value",)

    def __init__(self, value):
        Outcome.__init__(self)
        self.value = value

    def __repr__(self):
        try:
            return "Value({!r})".format(self.value)
        except AttributeError:
            return "Value(<AlreadyDestroyed>)"

    def unwrap(self):
        self._set_unwrapped()
        return self.value

    def unwrap_and_destroy(self):
        # Drop the outcome's reference before handing the value over.
        self._set_unwrapped()
        value = self.value
        del self.value
        return value

    def send(self, gen):
        self._set_unwrapped()
        return gen.send(self.value)


class Error(Outcome):
    __slots__ = ("error",)

    def __init__(self, error):
        if not isinstance(error, BaseException):
            raise TypeError("Error needs an exception, got {!r}".format(error))
        Outcome.__init__(self)
        self.error = error

    def __repr__(self):
        try:
            return "Error({!r})".format(self.error)
        except AttributeError:
            return "Error(<AlreadyDestroyed>)"

    def unwrap(self):
        self._set_unwrapped()
        captured_error = self.error
        try:
            raise captured_error
        finally:
            # As in the library: no cycle frame -> captured_error -> traceback
            # -> frame (python-trio/outcome PR #29, python-trio/trio#1770).
            del captured_error, self

    def unwrap_and_destroy(self):
        self._set_unwrapped()
        captured_error = self.error
        del self.error
        try:
            raise captured_error
        finally:
            del captured_error, self

    def send(self, gen):
        self._set_unwrapped()
        return gen.throw(self.error)


def capture(sync_fn, *args, **kwargs):
    try:
        return Value(sync_fn(*args, **kwargs))
    except BaseException as exc:
        return Error(exc)
