package io.lifeline.interpreter.modules;

/**
 * mathmodule.c's vector_norm, the correctly rounded Euclidean norm behind {@code math.hypot} (any number of
 * coordinates) and {@code math.dist}: lossless scaling by the largest magnitude's power of two, lossless squaring
 * (fma), compensated summation from 1.0, then one differential correction of the square root (3.12's text; 3.10
 * and 3.11 square by Veltkamp-Dekker splitting instead of fma, which gives the same products). PyPy 3.9 has
 * CPython 3.8's: each coordinate divided by the largest, squared, and summed from 1.0 with Neumaier's compensation.
 */
final class VectorNorm {
  private VectorNorm() {}

  static double of(double[] vec, boolean pypy) {
    double max = 0.0;
    boolean foundNan = false;
    for (int i = 0; i < vec.length; i++) {
      double x = Math.abs(vec[i]);
      vec[i] = x;
      foundNan |= Double.isNaN(x);
      if (x > max) {
        max = x;
      }
    }
    double now = immediate(vec.length, max, foundNan);
    if (now >= 0 || Double.isNaN(now)) {
      return now;
    }
    return pypy ? norm38(vec, max) : norm(vec, max);
  }

  /** vector_norm's answers before any arithmetic (infinity, nan, a zero or single coordinate's max), else -1. */
  private static double immediate(int n, double max, boolean foundNan) {
    if (Double.isInfinite(max)) {
      return max;
    }
    if (foundNan) {
      return Double.NaN;
    }
    return max == 0.0 || n <= 1 ? max : -1;
  }

  private static double norm38(double[] vec, double max) {
    double csum = 1.0;
    double frac = 0.0;
    for (double v : vec) {
      double x = v / max;
      x = x * x;
      double old = csum;
      csum += x;
      frac += (old - csum) + x;
    }
    return max * Math.sqrt(csum - 1.0 + frac);
  }

  private static double norm(double[] vec, double max) {
    int maxE = max >= Double.MIN_NORMAL ? Math.getExponent(max) + 1 // frexp's exponent
        : Math.getExponent(max * 0x1p54) + 1 - 54;
    if (maxE < -1023) {
      for (int i = 0; i < vec.length; i++) {
        vec[i] /= Double.MIN_NORMAL; // subnormals to normals
      }
      return Double.MIN_NORMAL * norm(vec, max / Double.MIN_NORMAL);
    }
    double scale = Math.scalb(1.0, -maxE);
    double csum = 1.0;
    double frac1 = 0.0;
    double frac2 = 0.0;
    for (double v : vec) {
      double x = v * scale;
      double hi = x * x;
      double lo = Math.fma(x, x, -hi);
      double sum = csum + hi;
      frac2 += (csum - sum) + hi;
      csum = sum;
      frac1 += lo;
    }
    double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
    double hi = -h * h;
    double lo = Math.fma(-h, h, -hi);
    double sum = csum + hi;
    frac2 += (csum - sum) + hi;
    csum = sum;
    frac1 += lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
  }
}
