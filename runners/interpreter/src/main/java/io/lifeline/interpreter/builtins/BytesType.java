package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyIterator;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySlice;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Indices;
import io.lifeline.interpreter.vm.Interp;
import java.nio.charset.StandardCharsets;

/** {@code bytes} (Objects/bytesobject.c): its slots. */
final class BytesType {
  static final Slots.Table<PyBytes> SLOTS = Slots.of(PyBytes.class)
      .truthy((i, b) -> b.value.length > 0)
      .len((i, b) -> b.value.length)
      .iter(Sequences::iter)
      .repr((i, b) -> b.repr())
      .contains(BytesType::contains)
      .getitem(BytesType::getitem);

  private BytesType() {}

  private static PyObject getitem(Interp in, PyBytes bytes, PyObject k) {
    byte[] b = bytes.value;
    if (k instanceof PySlice sl) {
      int[] idx = Indices.sliceIndices(in, sl, b.length);
      byte[] out = new byte[idx.length];
      for (int x = 0; x < idx.length; x++) {
        out[x] = b[idx[x]];
      }
      return in.newBytes(out);
    }
    return in.newInt(b[Indices.index(in, k, b.length, "index")] & 0xFF);
  }

  /** bytes_contains: an int is a byte value, bytes a substring; anything else is compared item by item. */
  private static boolean contains(Interp in, PyObject o, PyObject item) {
    byte[] b = ((PyBytes) o).value;
    if (item instanceof PyInt n) {
      for (byte x : b) {
        if ((x & 0xFF) == n.small) {
          return true;
        }
      }
      return false;
    }
    if (item instanceof PyBytes x) {
      return new String(b, StandardCharsets.ISO_8859_1).contains(new String(x.value, StandardCharsets.ISO_8859_1));
    }
    return in.ops.containsByIteration(o, item);
  }
}
