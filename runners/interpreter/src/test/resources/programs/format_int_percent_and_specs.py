# int formatting by % and by format specs: ints and bools, either side of the long range (the model formats
# a bare %d of a small int without the general path; a bool takes int's spec unless the spec is empty).
vals = [0, 7, -7, True, False, 2**63 - 1, -2**63, 2**70, -2**70, 255, -255]
out = []
for v in vals:
    out.append("%d|%i|%u|%5d|%-5d|%05d|%+d|%x|%#X|%o" % (v, v, v, v, v, v, v, v, v, v))
    out.append(f"{v}|{v:d}|{v:,}|{v:_x}|{v:#b}|{v:>8}|{v:08d}|{v:+}|{v:#o}|{v: d}")
event(out)
event("%d %s" % (3.9, -0.5), "%(a)d" % {"a": -12})
