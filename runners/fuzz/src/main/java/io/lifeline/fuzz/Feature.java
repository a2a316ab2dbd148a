package io.lifeline.fuzz;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lifetime constructs a program uses, read from its source, so a generated program and its shrunk form are
 * described the same way: a finding's constructs are those its minimal program still needs. The header's own
 * constructs (the classes, {@code watch}) are not features; uses of them are ({@code A(}, {@code watch(}).
 */
public enum Feature {
  DEL_FINALIZER("\\b[AR]\\('o"),
  WEAKREF_CALLBACK("\\bwatch\\("),
  POSITIONAL_TEMPORARY("(?m)^\\s*(\\w+ = )?(f|C|K)\\w*(\\(\\))?(\\.m)?\\((watch\\()?[AW]\\("),
  KEYWORD_TEMPORARY("\\(x=(watch\\()?[AW]\\("),
  STAR_ARGS("\\(\\*[\\[(]"),
  BOUND_METHOD("\\.take\\(|\\(\\)\\.m\\("),
  CONSTRUCTOR_INIT("def __init__\\(self, x\\)"),
  NATIVE_CALL("\\b(isinstance|list|len|getattr|hasattr|type|str)\\((watch\\()?[\\[AW]"),
  GENERATOR("(?m)^\\s*def g\\d+\\("),
  GENERATOR_EXPRESSION("\\(x for x in "),
  DELEGATION("yield from "),
  COROUTINE("async def "),
  SEND("\\.send\\((?!None)"),
  THROW("\\.throw\\("),
  CLOSE("\\.close\\(\\)"),
  EXCEPTION_AS("except \\w+ as "),
  EXCEPTION_STORED("= e(\\.__traceback__)?$|= e$"),
  EXCEPTION_CHAINED("raise KeyError\\(.*\\)"),
  EXC_INFO("sys\\.exc_info"),
  TRACEBACK_CLEARED("e\\.__traceback__ = None"),
  FRAME_CAPTURED("sys\\._getframe\\(\\)\\s*$|fr = sys\\._getframe\\(\\)"),
  FRAME_CLEAR("frame\\d+\\.clear\\(\\)"),
  LOCALS_SNAPSHOT("locals\\(\\)|\\.f_locals"),
  CONTAINER("\\.clear\\(\\)|\\.pop\\(\\)|= \\[|= \\{'p'|= \\((watch\\()?[AW]"),
  CYCLE("\\.(me|peer|gen|task) = "),
  RESURRECTION("saved\\.append\\(self\\)"),
  FINALIZE("weakref\\.finalize\\("),
  CONTEXT_MANAGER("(?m)^\\s*with "),
  CLOSURE("def inner\\("),
  COMPREHENSION("\\[\\w+( \\+ 1|\\('each', x\\)| )? ?for x in |\\{str\\(x\\)"),
  FUNCTION_SCOPE("def scope\\d+\\("),
  NATIVE_EXTENSION("\\blifeline_native\\.\\w+\\("),
  PARTIAL("functools\\.partial\\("),
  C_ITERATOR("\\b(map|filter|zip|enumerate|itertools\\.\\w+)\\("),
  DATACLASS("@dataclasses\\.dataclass"),
  DEQUE("collections\\.deque\\("),
  LRU_CACHE("@functools\\.lru_cache"),
  PROPERTY_DELETER("@\\w+\\.deleter"),
  ANNOTATION("(?m)^\\s*\\w+: \\w+ = (watch\\()?[AW]\\("),
  ASYNC_GENERATOR("async def ag\\d+\\("),
  ASYNCIO_TASK("asyncio\\.ensure_future\\("),
  GC_COLLECT("(?m)^\\s*gc\\.collect\\(\\)$");

  private final Pattern pattern;

  Feature(String regex) {
    this.pattern = Pattern.compile(regex, Pattern.MULTILINE);
  }

  /** The features {@code source} uses. */
  public static Set<Feature> of(String source) {
    Set<Feature> found = EnumSet.noneOf(Feature.class);
    for (Feature f : values()) {
      // The header's gc.collect() for import garbage is in every program; only a further one counts.
      long needed = f == GC_COLLECT ? 2 : 1;
      if (f.pattern.matcher(source).results().limit(needed).count() == needed) {
        found.add(f);
      }
    }
    return found;
  }

  /** Lower-case with dashes, as in reports: {@code weakref-callback}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
