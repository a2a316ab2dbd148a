# A report table built with nested format specs, alignment and grouping; each Row reports when the table
# releases it, and a row whose spec is invalid is dropped with the error message.
# includes: a_label.py


class Row(A):
    pass


def cell(value, spec):
    return format(value, spec)


columns = [("qty", ">6d"), ("price", ">10,.2f"), ("share", ">7.1%"), ("code", "#06x")]
rows = [Row("r1"), Row("r2"), Row("r3")]
values = {"r1": (3, 1234.5, 0.125, 255), "r2": (12000, 0.5, 1.0, 4096), "r3": (7, -98765.432, 0.3333, 15)}
width = 10
for row in rows:
    qty, price, share, code = values[row.label]
    line = f"{row.label:<4}|{qty:{'>'}{6}d}|{price:>{width},.2f}|{share:>7.1%}|{code:#06x}|{qty:_b}"
    event(line)
event("hdr", "|".join(f"{name:^{len(cell(values['r1'][n], spec))}}" for n, (name, spec) in enumerate(columns)))
event("sci", f"{1234567.891:.3e}", f"{0.000012345:g}", f"{1e20:g}", f"{123.456:10.4g}|", f"{-0.0:+.1f}")
event("misc", f"{'ok':*>8}", f"{'ok':-<8}", f"{42:=+8d}", f"{3.5:08.2f}", f"{10**12:,}", f"{255:o}", f"{65:c}")
event("conv", "{0!r:>8}|{0!s:<6}|{1!a}".format("hi", "é"), "%5.1f|%-4d|%x|%r" % (2.25, 7, 255, "q"))
for bad in ["qty", "=^x"]:
    try:
        event(format(12, bad))
    except ValueError as exc:
        event("bad spec", bad, str(exc))
del rows[1]
event("dropped r2")
rows.clear()
event("cleared")
