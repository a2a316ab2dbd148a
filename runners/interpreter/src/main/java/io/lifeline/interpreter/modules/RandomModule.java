package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyBytes;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyNone;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PySet;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * {@code _random} (Modules/_randommodule.c; PyPy's rlib/rrandom.py is the same generator): the Mersenne Twister
 * MT19937 that random.py draws from, so a seeded program sees CPython's and PyPy's exact numbers. {@code seed(n)}
 * keys init_by_array with the 32-bit words of {@code abs(n)} (least significant first; another object's hash as an
 * unsigned word), {@code random()} is genrand_res53, {@code getrandbits(k)} fills k bits from the least significant
 * word up. A generator holds no references. {@code _text_seed} is random.py's version-2 seeding of str and bytes
 * (the bytes followed by their SHA-512, read as one big-endian int), which CPython and PyPy do in Python with
 * hashlib, a module the models lack.
 */
public final class RandomModule implements NativeModule {
  private static final int N = 624;
  private static final int M = 397;

  /** random_state: the 624 words and the index of the next one. */
  static final class PyRandom extends PyObject {
    final int[] mt = new int[N];
    int index = N + 1;

    PyRandom(PyType type) {
      super(type);
    }

    void initGenrand(int s) {
      mt[0] = s;
      for (int i = 1; i < N; i++) {
        mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
      }
      index = N;
    }

    void initByArray(int[] key) {
      initGenrand(19650218);
      int i = 1;
      int j = 0;
      for (int k = Math.max(N, key.length); k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
        i++;
        j++;
        if (i >= N) {
          mt[0] = mt[N - 1];
          i = 1;
        }
        if (j >= key.length) {
          j = 0;
        }
      }
      for (int k = N - 1; k > 0; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
        i++;
        if (i >= N) {
          mt[0] = mt[N - 1];
          i = 1;
        }
      }
      mt[0] = 0x80000000;
    }

    /** genrand_uint32, as an unsigned value in a long. */
    long next32() {
      if (index >= N) {
        twist();
      }
      int y = mt[index++];
      y ^= y >>> 11;
      y ^= (y << 7) & 0x9d2c5680;
      y ^= (y << 15) & 0xefc60000;
      y ^= y >>> 18;
      return y & 0xffffffffL;
    }

    private void twist() {
      for (int kk = 0; kk < N; kk++) {
        int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
        mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
      }
      index = 0;
    }

    /** genrand_res53: 53 random bits as a float in [0, 1). */
    double random() {
      long a = next32() >>> 5;
      long b = next32() >>> 6;
      return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    BigInteger getrandbits(int k) {
      if (k <= 32) {
        return BigInteger.valueOf(k == 0 ? 0 : next32() >>> (32 - k));
      }
      BigInteger r = BigInteger.ZERO;
      for (int shift = 0; k > 0; shift += 32, k -= 32) {
        long w = next32();
        if (k < 32) {
          w >>>= 32 - k;
        }
        r = r.or(BigInteger.valueOf(w).shiftLeft(shift));
      }
      return r;
    }
  }

  @Override
  public void exec(Interp in, PyModule m) {
    PyType type = NativeModule.newType(in, "Random");
    NativeModule.constructor(in, type, (i, a, k) -> {
      PyRandom r = i.heap.register(new PyRandom(type));
      seed(i, r, a.length > 1 ? a[1] : i.none());
      return r;
    });
    NativeModule.method(in, type, "seed", (i, a, k) -> {
      Args.count(i, "seed", a, k, 1, 2);
      seed(i, (PyRandom) a[0], a.length > 1 ? a[1] : i.none());
      return i.none();
    });
    NativeModule.method(in, type, "random", (i, a, k) -> i.newFloat(((PyRandom) a[0]).random()));
    NativeModule.method(in, type, "getrandbits", (i, a, k) -> {
      Args.count(i, "getrandbits", a, k, 2, 2);
      long bits = ((PyInt) a[1]).toBig().longValue();
      if (bits < 0) {
        throw i.error("ValueError", "number of bits must be non-negative");
      }
      return i.newInt(((PyRandom) a[0]).getrandbits((int) bits));
    });
    NativeModule.put(in, m, "Random", type);
    NativeModule.function(in, m, "_text_seed", (i, a, k) -> i.newInt(textSeed(a[0])));
  }

  /** random_seed: None seeds from the system's entropy; an int by its absolute value; another object by its hash. */
  private static void seed(Interp in, PyRandom r, PyObject arg) {
    BigInteger n;
    if (arg instanceof PyNone) {
      n = new BigInteger(64 * 19, new SecureRandom());
    } else if (arg instanceof PyInt i) {
      n = i.toBig().abs();
    } else {
      n = BigInteger.valueOf(PySet.hash(arg)).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    }
    int words = Math.max(1, (n.bitLength() + 31) / 32);
    int[] key = new int[words];
    for (int w = 0; w < words; w++) {
      key[w] = n.shiftRight(32 * w).intValue();
    }
    r.initByArray(key);
  }

  /** random.py's version-2 seed of a str (UTF-8) or bytes: int.from_bytes(a + sha512(a).digest(), 'big'). */
  private static BigInteger textSeed(PyObject a) {
    byte[] bytes = a instanceof PyStr s ? s.value.getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).value;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-512").digest(bytes);
      byte[] all = new byte[bytes.length + digest.length];
      System.arraycopy(bytes, 0, all, 0, bytes.length);
      System.arraycopy(digest, 0, all, bytes.length, digest.length);
      return new BigInteger(1, all);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-512", e);
    }
  }
}
