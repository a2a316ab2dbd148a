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
      PyObject enc = Args.positional(a, k) > 1 ? a[1] : Args.keyword(a, k, "encoding");
      PyObject errors = a.length > 2 && Args.positional(a, k) > 2 ? a[2] : Args.keyword(a, k, "errors");
      return i.newStr(decode(i, ((io.lifeline.interpreter.object.PyBytes) a[0]).value,
          enc == null ? "utf-8" : ((PyStr) enc).value, errors == null ? "strict" : ((PyStr) errors).value));
    });
    Methods.method(in, in.types.str, "encode", (i, a, k) -> {
      if (a.length > 2 && !((PyStr) a[2]).value.equals("strict")) {
        throw i.unsupported("the error handler '" + ((PyStr) a[2]).value + "' of str.encode");
      }
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

  /**
   * bytes.decode(encoding, errors) for utf-8, ascii and latin-1 (Objects/unicodeobject.c's decoders): each invalid
   * sequence is the error range CPython reports (a start byte that begins none, a sequence cut by a byte that does
   * not continue it, a sequence cut by the end of the data) and is handled by errors: strict raises
   * UnicodeDecodeError with CPython's message, replace gives one U+FFFD, ignore drops it, backslashreplace gives
   * its bytes as \\xNN.
   */
  static String decode(Interp in, byte[] raw, String encoding, String errors) {
    String codec = switch (charset(in, encoding).name()) {
      case "UTF-8" -> "utf-8";
      case "US-ASCII" -> "ascii";
      default -> "latin-1";
    };
    if (!List.of("strict", "replace", "ignore", "backslashreplace").contains(errors)) {
      throw in.unsupported("the error handler '" + errors + "'");
    }
    StringBuilder sb = new StringBuilder(raw.length);
    int x = 0;
    while (x < raw.length) {
      int c = raw[x] & 0xff;
      if (c < 0x80 || codec.equals("latin-1")) {
        sb.append((char) c);
        x++;
        continue;
      }
      int end;
      String reason;
      if (codec.equals("ascii")) {
        end = x + 1;
        reason = "ordinal not in range(128)";
      } else {
        int need = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : 0;
        int y = x + 1;
        while (y <= x + need && y < raw.length && continues(c, y - x, raw[y] & 0xff)) {
          y++;
        }
        if (need > 0 && y == x + need + 1) {
          sb.appendCodePoint(codePoint(raw, x, need));
          x = y;
          continue;
        }
        end = y;
        reason = need == 0 ? "invalid start byte" : y == raw.length ? "unexpected end of data"
            : "invalid continuation byte";
      }
      switch (errors) {
        case "replace" -> sb.append('\ufffd');
        case "backslashreplace" -> {
          for (int z = x; z < end; z++) {
            sb.append(String.format("\\x%02x", raw[z] & 0xff));
          }
        }
        case "ignore" -> { }
        default -> throw decodeError(in, codec, raw, x, end, reason);
      }
      x = end;
    }
    return sb.toString();
  }

  /**
   * UnicodeDecodeError(encoding, object, start, end, reason) with CPython's message; its five members are
   * attributes of the exception (the model keeps the message as its only argument).
   */
  private static PyException decodeError(Interp in, String codec, byte[] raw, int start, int end, String reason) {
    PyException e = in.error("UnicodeDecodeError", "'" + codec + "' codec can't decode "
        + (end - start == 1 ? "byte 0x" + String.format("%02x", raw[start] & 0xff) + " in position " + start
        : "bytes in position " + start + "-" + (end - 1)) + ": " + reason);
    PyObject[] values = {in.newStr(codec), in.newBytes(raw.clone()), in.newInt(start), in.newInt(end),
        in.newStr(reason)};
    String[] names = {"encoding", "object", "start", "end", "reason"};
    for (int x = 0; x < names.length; x++) {
      in.ops.setattr(e.value, names[x], values[x]);
      in.heap.decref(values[x]);
    }
    return e;
  }

  /** Whether {@code b} is a valid {@code k}th byte of the sequence that {@code first} starts (no overlong form, no surrogate, nothing above U+10FFFF). */
  private static boolean continues(int first, int k, int b) {
    if (b < 0x80 || b > 0xbf) {
      return false;
    }
    if (k > 1) {
      return true;
    }
    return switch (first) {
      case 0xe0 -> b >= 0xa0;
      case 0xed -> b < 0xa0;
      case 0xf0 -> b >= 0x90;
      case 0xf4 -> b < 0x90;
      default -> true;
    };
  }

  private static int codePoint(byte[] raw, int x, int need) {
    int cp = (raw[x] & 0xff) & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
    for (int k = 1; k <= need; k++) {
      cp = (cp << 6) | (raw[x + k] & 0x3f);
    }
    return cp;
  }
}
