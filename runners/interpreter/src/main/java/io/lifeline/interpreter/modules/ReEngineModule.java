package io.lifeline.interpreter.modules;

import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.vm.Interp;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@code _re_engine}: the matching half of the models' {@code re} (CPython's {@code _sre} engine, here
 * {@code java.util.regex} over {@link ReTranslator}'s translation). It holds no guest object: {@code re.py}'s
 * Pattern keeps the pattern string and flags, and each call names them; the translations are cached here by
 * (pattern, flags). Indices are the model's str indices (UTF-16 units, as the model's str counts them).
 */
public final class ReEngineModule implements NativeModule {
  private final Map<String, ReTranslator.Result> compiled = new HashMap<>();

  @Override
  public void exec(Interp in, PyModule m) {
    NativeModule.function(in, m, "compile", (i, a, k) -> compileInfo(i, a));
    NativeModule.function(in, m, "search", (i, a, k) -> search(i, a));
    NativeModule.function(in, m, "unsupported", (i, a, k) -> {
      throw i.unsupported(((PyStr) a[0]).value);
    });
  }

  private ReTranslator.Result translation(Interp in, String pattern, int flags) {
    String key = flags + ":" + pattern;
    ReTranslator.Result r = compiled.get(key);
    if (r == null) {
      try {
        r = ReTranslator.translate(pattern, flags);
      } catch (ReTranslator.SyntaxError e) {
        throw in.error("ValueError", e.pos + ":" + e.getMessage());
      } catch (ReTranslator.Unsupported e) {
        throw in.unsupported(e.getMessage());
      }
      compiled.put(key, r);
    }
    return r;
  }

  /**
   * compile(pattern, flags) -> (flags, groups, ((name, index), ...)); a pattern Python rejects is a ValueError
   * "POS:MESSAGE", which re.py turns into re.error.
   */
  private PyObject compileInfo(Interp in, PyObject[] a) {
    ReTranslator.Result r = translation(in, ((PyStr) a[0]).value, (int) ((PyInt) a[1]).small);
    PyObject[] names = new PyObject[r.names().size()];
    int n = 0;
    for (Map.Entry<String, Integer> e : r.names().entrySet()) {
      names[n++] = in.newTuple(in.newStr(e.getKey()), in.newInt(e.getValue()));
    }
    return in.newTuple(in.newInt(r.flags()), in.newInt(r.groups()), in.newTuple(names));
  }

  /**
   * search(pattern, flags, string, pos, endpos, mode, must_advance) -> None or (lastindex, start0, end0, start1,
   * ...), -1 for an unmatched group or no lastindex. Mode 0 is match, 1 search, 2 fullmatch. The string is cut at
   * endpos (so {@code $} sees it as the end) and searched from pos with transparent, non-anchoring bounds (so
   * lookbehind sees before pos and {@code ^} does not match at pos), as in sre's state_init. must_advance (the
   * scanner after an empty match, 3.7+) refuses an empty match at pos: Java's preferred match there is dropped and
   * the search goes on from pos + 1 (sre would backtrack into a non-empty match at pos first).
   */
  private PyObject search(Interp in, PyObject[] a) {
    ReTranslator.Result r = translation(in, ((PyStr) a[0]).value, (int) ((PyInt) a[1]).small);
    String s = ((PyStr) a[2]).value;
    int length = s.length();
    int pos = (int) Math.max(0, Math.min(length, ((PyInt) a[3]).small));
    int endpos = (int) Math.max(0, Math.min(length, ((PyInt) a[4]).small));
    long mode = ((PyInt) a[5]).small;
    boolean mustAdvance = ((PyInt) a[6]).small != 0;
    if (endpos < pos) {
      return in.none();
    }
    String t = s.substring(0, endpos);
    int from = pos;
    Matcher m = r.java().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
    m.region(from, t.length());
    boolean found = mode == 0 ? m.lookingAt() : mode == 1 ? m.find() : m.matches();
    if (found && mustAdvance && m.end() == from) {
      found = false;
      if (mode == 1 && from < t.length()) {
        m.region(from + 1, t.length());
        found = m.find();
      }
    }
    if (!found) {
      return in.none();
    }
    PyObject[] spans = new PyObject[2 * r.groups() + 3];
    spans[0] = in.newInt(lastIndex(m, r.parents()));
    for (int g = 0; g <= r.groups(); g++) {
      spans[1 + 2 * g] = in.newInt(m.start(g));
      spans[2 + 2 * g] = in.newInt(m.end(g));
    }
    return in.newTuple(spans);
  }

  /**
   * sre's lastindex: the group whose end mark was set last, approximated from the spans: the matched group ending
   * last; between two ending at the same place, the enclosing one, else the later one.
   */
  private static int lastIndex(Matcher m, int[] parents) {
    int best = -1;
    for (int g = 1; g <= parents.length; g++) {
      if (m.start(g) < 0) {
        continue;
      }
      if (best < 0 || m.end(g) > m.end(best) || (m.end(g) == m.end(best) && !encloses(parents, best, g))) {
        best = g;
      }
    }
    return best;
  }

  private static boolean encloses(int[] parents, int outer, int inner) {
    for (int p = parents[inner - 1]; p > 0; p = parents[p - 1]) {
      if (p == outer) {
        return true;
      }
    }
    return false;
  }
}
