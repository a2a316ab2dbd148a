# A packet codec: ints to and from bytes, floats as hex, payloads as hex strings
class Packet:
    def __init__(self, kind, seq, payload):
        self.kind, self.seq, self.payload = kind, seq, payload
    def encode(self):
        return (self.kind.to_bytes(1, "big") + self.seq.to_bytes(4, "little")
                + len(self.payload).to_bytes(2, byteorder="big") + self.payload)
    @classmethod
    def decode(cls, data):
        kind = data[0]
        seq = int.from_bytes(data[1:5], "little")
        n = int.from_bytes(data[5:7], "big")
        return cls(kind, seq, bytes(data[7:7 + n]))
    def __del__(self):
        event("packet freed", self.seq)

p = Packet(7, 258, b"\x00\xffhi")
wire = p.encode()
event("wire", wire.hex(), wire.hex(" "), len(wire))
q = Packet.decode(wire)
event("decoded", q.kind, q.seq, q.payload)
del q
event("signed", (-2).to_bytes(2, "big", signed=True).hex(), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    event("OverflowError", e)
event("fromhex", bytes.fromhex("de ad be ef"), bytearray.fromhex("0a0b"), bytes.fromhex("00ff").hex())
event("float hex", (1.5).hex(), float.fromhex("0x1.8p+1"), (0.1).hex(), float.hex(-2.0))
event("ratio", (0.75).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
event("bits", (255).bit_length(), (-1).bit_length(), (10).bit_length(), (0).bit_length())
event("int parse", int("ff", 16), int("0b101", 0), int(" 42 "), int("1_000"), hex(255), oct(8), bin(5))
event("divmod", divmod(17, 5), divmod(-17, 5), pow(3, 4, 5), abs(-7), (7).conjugate())
event("bytes methods", b"a,b".split(b","), b"abc".upper(), b"  x ".strip(), b"ab".startswith(b"a"), b"x" * 3)
event("bytes find", b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), list(b"hi"))
p = None
event("end")
