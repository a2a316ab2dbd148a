package io.lifeline.interpreter.modules;

import static io.lifeline.interpreter.modules.NativeModule.function;

import io.lifeline.interpreter.builtins.Args;
import io.lifeline.interpreter.object.PyInt;
import io.lifeline.interpreter.object.PyModule;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.vm.Interp;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code linecache} (Lib/linecache.py) over the one file a run has: the program, named {@code program.py} as
 * traceback's frames name it (the real runners run the program's text from a file). getline gives its line
 * {@code lineno} with the newline, '' for another file or a line out of range; getlines all of them. The cache
 * functions do nothing (the text never changes).
 */
public final class LinecacheModule implements NativeModule {
  static final String PROGRAM = "program.py";

  @Override
  public void exec(Interp in, PyModule m) {
    function(in, m, "getline", (i, a, k) -> {
      Args.count(i, "getline", a, k, 2, 3);
      List<String> lines = lines(i, a[0]);
      long n = a[1] instanceof PyInt p && p.big == null ? p.small : 0;
      return i.newStr(n >= 1 && n <= lines.size() ? lines.get((int) n - 1) : "");
    });
    function(in, m, "getlines", (i, a, k) -> {
      Args.count(i, "getlines", a, k, 1, 2);
      ArrayList<PyObject> items = new ArrayList<>();
      for (String line : lines(i, a[0])) {
        items.add(i.newStr(line));
      }
      return i.newList(items);
    });
    function(in, m, "clearcache", (i, a, k) -> i.none());
    function(in, m, "checkcache", (i, a, k) -> i.none());
  }

  /** The program's lines, each with its line end, when {@code filename} names it; else none. */
  private static List<String> lines(Interp in, PyObject filename) {
    if (!(filename instanceof PyStr s) || !PROGRAM.equals(in.ops.strOf(s)) || in.mainSource == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    String text = in.mainSource;
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl + 1;
      String line = text.substring(start, end);
      out.add(line.endsWith("\n") ? line : line + "\n");
      start = end;
    }
    return out;
  }
}
