# Parsing and building binary records: bytes % args, index/partition/strip, decoding with error
# handlers, str(bytes, encoding), int.to_bytes/from_bytes; buffers owned by objects that die (issue 18, g3).
import gc

class Record:
    def __init__(self, raw):
        self.raw = raw
        key, _, value = raw.partition(b"=")
        self.key = key.strip().decode("ascii")
        self.value = value.rstrip(b"\r\n").lstrip()
    def text(self):
        return self.value.decode("utf-8", "replace")
    def __del__(self):
        event("del record", self.key)

lines = [b"name = caf\xc3\xa9\r\n", b"  city=Z\xfcrich\n", b"bad=\xe2\x82\n", b"note=ok"]
records = [Record(line) for line in lines]
for rec in records:
    try:
        event(rec.key, rec.value.decode())
    except UnicodeDecodeError as e:
        event("decode failed", rec.key, e.reason, e.start, e.end, str(e))
        event("replaced", rec.text(), rec.value.decode("utf-8", "ignore"), rec.value.decode("utf-8", "backslashreplace"))
header = b"%-6s|%04d|%x|%r" % (b"LIFE", 42, 255, b"\x00")
event("header", header, header.index(b"|"), header.rindex(b"|"), header.find(b"|", 7), header.count(b"|"))
try:
    header.index(b"#")
except ValueError as e:
    event("ValueError", e)
try:
    b"%s" % ("text",)
except TypeError as e:
    event("TypeError", e)
try:
    b"id:" + "7"
except TypeError as e:
    event("TypeError", e)
n = 1027
packed = n.to_bytes(2, "big") + (-3).to_bytes(2, "little", signed=True)
event("packed", packed.hex(), packed.hex(":"), int.from_bytes(packed[:2], "big"), int.from_bytes(packed[2:], "little", signed=True))
event("str()", str(b"abc", "ascii"), str(bytearray(b"x\xffy"), "utf-8", "replace"), str(b"\xff", "latin-1"))
event("starts", header.startswith((b"X", b"LI")), header.endswith(b"'"), b"a,b,,c".split(b","), bytes.fromhex("6c 69 66 65"))
buf = bytearray(b"  key=value  ")
k, sep, v = buf.strip().partition(b"=")
event("bytearray", k, sep, v, type(k).__name__, buf.index(b"="), b"7".zfill(3), b"ab".center(6, b"*"))
del records
gc.collect()
event("end")
