# A binary frame parser slices a receive buffer through memoryview without copying
import gc

class Buffer:
    def __init__(self, data):
        self.data = bytearray(data)
    def __del__(self):
        event("buffer freed", len(self.data))

buf = Buffer(b"\x03abc\x02de\x00\x04wxyz")
view = memoryview(buf.data)
event("view", len(view), view[0], view.nbytes, view.readonly, view.itemsize, view.format)
frames = []
pos = 0
while pos < len(view):
    n = view[pos]
    frames.append(view[pos + 1:pos + 1 + n])
    pos += 1 + n
event("frames", [bytes(f) for f in frames], [f.tobytes() for f in frames[:1]])
frames[0][0] = ord("A")
event("written through", bytes(buf.data[:4]), frames[0].tobytes())
event("hex", view[1:4].hex(), view.tolist()[:4], bytes(view[-4:]))
event("compare", frames[1] == b"de", view[1:3] == memoryview(b"Ab"))
try:
    buf.data.append(0)
except BufferError as e:
    event("BufferError", e)
for f in frames:
    f.release()
view.release()
del f
buf.data.append(0)
event("resized", len(buf.data))
try:
    view[0]
except ValueError as e:
    event("released", e)
with memoryview(b"hello") as m:
    event("with", bytes(m[1:3]), m.readonly)
try:
    m[0]
except ValueError:
    event("closed by with")
ro = memoryview(b"abc")
try:
    ro[0] = 1
except TypeError as e:
    event("readonly", e)
del buf
gc.collect()
event("end")
