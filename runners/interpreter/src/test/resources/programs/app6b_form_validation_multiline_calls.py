# Form validation whose failing calls span several lines: 3.13 prints every line of the failing span with its
# carets, 3.11 and 3.12 the first line only. Validators are tracked by weak references whose callbacks
# report their release.
import sys
import traceback
import weakref

released = []


class Validator:
    def __init__(self, field, limits):
        self.field = field
        self.limits = limits

    def check(self, form):
        value = form[self.field]
        low, high = self.limits["low"], self.limits["high"]
        if not low <= value <= high:
            raise ValueError(f"{self.field}={value} outside {low}..{high}")
        return value


def validate(form, validators):
    results = {}
    for v in validators:
        results[v.field] = v.check(
            form,
        )
    return results


def report(tag):
    etype, exc, tb = sys.exc_info()
    text = "".join(traceback.format_exception(etype, exc, tb))
    for line in text.splitlines():
        if line.strip() and "File " not in line:
            event(tag, line)


validators = [Validator("age", {"low": 0, "high": 130}), Validator("score", {"low": 1})]
refs = [weakref.ref(v, lambda r, f=v.field: event("validator released", f)) for v in validators]
forms = [{"age": 30, "score": 5}, {"age": 200, "score": 5}, {"age": 40}, {"age": 41, "score": 2}]
for n, form in enumerate(forms):
    try:
        event("ok", n, validate(form,
                                validators))
    except (KeyError, ValueError):
        report("form%d" % n)
del validators
event("validators dropped", [r() is None for r in refs])
