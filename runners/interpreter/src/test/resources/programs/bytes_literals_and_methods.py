b = b"ab\x00\xff'"
event(b, len(b), b[0], b[-1], b[1:3], b + b"!", b"a" in b, 97 in b, list(b"hi"))
event(bytes([104, 105]), bytes(3), "h\u00e9".encode("utf-8"), b"caf\xc3\xa9".decode(), bytes("x", "ascii"))
event(b"abc" == b"abc", b"a" < b"b", {b"k": 1}[b"k"], bool(b""), repr(b'"'))
