# bytearray: construction, += and extend in place (an alias sees it), slicing to bytearrays, item and slice
# assignment and deletion, comparisons with bytes both ways, bytes + bytearray is bytes, the bytes methods it
# shares, unhashable; a bytearray holds no object, so its owner's __del__ sees its latest bytes.
import gc
class Packet:
    def __init__(self, n, payload):
        self.n = n
        self.payload = payload
    def __del__(self):
        event("packet freed", self.n, bytes(self.payload))
buf = bytearray()
event(type(buf).__name__, repr(buf), len(buf), bool(buf))
buf += b"head"
buf.extend(b":")
buf.append(65)
buf.extend([66, 67])
buf += bytearray(b"!")
event(repr(buf), len(buf), buf[0], buf[-1], repr(buf[1:3]), type(buf[1:3]).__name__)
buf[0] = 72
buf[1:3] = b"EA"
del buf[-1]
event(repr(buf), bytes(buf), buf == b"HEAd:ABC", b"HEAd:ABC" == buf, buf != bytearray(b"x"))
event(repr(buf + b"?"), repr(b"?" + buf), type(b"?" + buf).__name__)
event(buf.find(b":"), buf.count(b"A"), buf.startswith(b"HE"), buf.endswith(b"C"), 65 in buf, b"EA" in buf)
event(repr(buf.upper()), repr(buf.lower()), repr(buf.replace(b"A", b"a")), repr(buf.split(b":")))
event(buf.decode(), buf.hex(), repr(buf.copy()), list(buf[:3]))
event(buf.pop(), buf.pop(0), repr(buf))
buf.insert(0, 104)
buf.remove(58)
event(repr(buf))
try:
    hash(buf)
except TypeError as e:
    event("TypeError", e)
try:
    buf.append(256)
except ValueError as e:
    event("ValueError", e)
try:
    buf[100]
except IndexError as e:
    event("IndexError", e)
event(repr(bytearray(3)), repr(bytearray("hé", "utf-8")), repr(bytearray([1, 2])), repr(bytearray(b"a'b")))
p = Packet(1, bytearray(b"abc"))
alias = p.payload
alias += b"def"
event("same object", alias is p.payload, bytes(p.payload))
del p
event("after del p")
alias.clear()
event("cleared", repr(alias), isinstance(alias, bytearray))
q = Packet(2, bytearray(b"xyz"))
q.self_ref = q
del q
event("before collect")
gc.collect()
event("end")
