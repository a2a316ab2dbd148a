package io.lifeline.interpreter;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in the corpus, run on the cpython-3.10 model, emits exactly the events real CPython 3.10.13
 * emitted (recorded in NAME.expected-3.10 by {@code generate_expected.py --suffix=.expected-3.10
 * ~/.pyenv/versions/3.10.13/bin/python3.10}) and ends the same way. Where 3.10 and 3.11 differ
 * (NAME.expected-3.10 differs from NAME.expected) the difference is one of the 3.10 policies.
 */
class ProgramsMatchCPython310Test {
  /** Program -> why the cpython-3.10 model does not reproduce real 3.10 on it. */
  static final Map<String, String> KNOWN = Map.of();

  /**
   * Error messages whose wording changed in 3.11, which the model words the 3.11 way for both versions
   * (spec/backends.md, cpython-3.10): real 3.10's text -> the model's. Applied to the expected text only.
   */
  static final Map<String, String> MESSAGES_WORDED_AS_IN_3_11 = Map.of(
      "local variable 'x' referenced before assignment",
      "cannot access local variable 'x' where it is not associated with a value");

  @TestFactory
  Stream<DynamicTest> modelEmitsTheEventsOfRealCPython310() {
    return Programs.matching(ModelBackend.cpython310(), ".expected-3.10", KNOWN,
        ProgramsMatchCPython310Test::as311);
  }

  private static String as311(String event) {
    for (Map.Entry<String, String> m : MESSAGES_WORDED_AS_IN_3_11.entrySet()) {
      event = event.replace(m.getKey(), m.getValue());
    }
    return event;
  }
}
