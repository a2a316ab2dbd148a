package io.lifeline.interpreter.builtins;

import static io.lifeline.interpreter.builtins.Builtins.*;

import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyFloat;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyInstance;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyList;
import io.lifeline.interpreter.object.PyNativeFunction;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyRange;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.PyException;
import io.lifeline.scenario.EventLimits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** bytes(), bytes.decode and str.encode with the codecs modelled (utf-8, ascii, latin-1; errors='strict'). */
final class Codecs {
  private Codecs() {}

  static void install(Interp in) {
    Heap heap = in.heap;
    ctor(in, in.types.bytes, (i, a, k) -> {
      if (Args.positional(a, k) > 3 || (k != null && k.size() > 0)) {
        throw i.unsupported("bytes() with more than 3 arguments or keywords");
      }
      if (a.length == 0) {
        return i.newBytes(new byte[0]);
      }
      if (a[0] instanceof PyStr s) {
        String enc = a.length > 1 ? ((PyStr) a[1]).value : null;
        if (enc == null) {
          throw i.error("TypeError", "string argument without an encoding");
        }
        return i.newBytes(s.value.getBytes(charset(i, enc)));
      }
      if (a[0] instanceof PyInt n) {
        if (n.isSmall() && n.small < 0) {
          throw i.error("ValueError", "negative count");
        }
        return i.newBytes(new byte[i.allocationLength(n, 1, 33)]);
      }
      java.util.List<PyObject> items = i.ops.toList(a[0]);
      byte[] out = new byte[items.size()];
      try {
        for (int x = 0; x < out.length; x++) {
          long v = ((PyInt) items.get(x)).small;
          if (v < 0 || v > 255) {
            throw i.error("ValueError", "bytes must be in range(0, 256)");
          }
          out[x] = (byte) v;
        }
      } finally {
        items.forEach(heap::decref);
      }
      return i.newBytes(out);
    });
    Methods.method(in, in.types.bytes, "decode", (i, a, k) -> {
      java.nio.charset.Charset cs = codec(i, a);
      byte[] raw = ((io.lifeline.interpreter.object.PyBytes) a[0]).value;
      int limit = cs == java.nio.charset.StandardCharsets.US_ASCII ? 0x80 : 0x100;
      for (int x = 0; x < raw.length; x++) {
        if ((raw[x] & 0xff) >= limit) {
          throw i.error("UnicodeDecodeError", "'ascii' codec can't decode byte 0x"
              + String.format("%02x", raw[x] & 0xff) + " in position " + x + ": ordinal not in range(128)");
        }
      }
      try {
        return i.newStr(cs.newDecoder().decode(java.nio.ByteBuffer.wrap(raw)).toString());
      } catch (java.nio.charset.CharacterCodingException e) {
        throw i.unsupported("decoding bytes that are not valid " + cs.name());
      }
    });
    Methods.method(in, in.types.str, "encode", (i, a, k) -> {
      java.nio.charset.Charset cs = codec(i, a);
      String s = ((PyStr) a[0]).value;
      int limit = cs == java.nio.charset.StandardCharsets.US_ASCII ? 0x80
          : cs == java.nio.charset.StandardCharsets.ISO_8859_1 ? 0x100 : Integer.MAX_VALUE;
      for (int x = 0; x < s.length(); x++) {
        char c = s.charAt(x);
        if (c >= limit || (limit == Integer.MAX_VALUE && Character.isSurrogate(c))) {
          if (limit == Integer.MAX_VALUE) {
            throw i.unsupported("encoding a lone surrogate");
          }
          throw i.error("UnicodeEncodeError", "'" + (limit == 0x80 ? "ascii" : "latin-1")
              + "' codec can't encode character '" + (c < 0x100 ? String.format("\\x%02x", (int) c)
              : String.format("\\u%04x", (int) c)) + "' in position " + x + ": ordinal not in range(" + limit + ")");
        }
      }
      return i.newBytes(s.getBytes(cs));
    });
  }
}
