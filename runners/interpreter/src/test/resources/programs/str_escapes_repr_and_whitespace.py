# String literal escapes (octal, \x, \u, \U), repr of non-printable characters (Py_UNICODE_ISPRINTABLE), and
# which characters str.split/strip treat as whitespace (str.isspace).
chars = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x180e, 0x2000, 0x2007, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
for c in chars:
    s = chr(c)
    event(hex(c), repr(("a" + s + "b" + s).split()), len((s + "x" + s).strip()))
event(repr("tab\t nl\n cr\r bs\\ q' \x00 \x7f \x80 \xa0 é € \u2028 \U0001f600 \U000e0001 \ue000 '\""))
event(repr('"'), repr("'"))
event(repr("\012|\101|\0|\1234|\7"))
