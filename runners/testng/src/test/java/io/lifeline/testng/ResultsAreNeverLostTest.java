package io.lifeline.testng;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.junit.Constants;
import io.lifeline.junit.testing.ResultsFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.testng.annotations.Test;

/**
 * Issue #16 under TestNG: one test result per (scenario, backend), whatever the program emits. A 50 MB event is
 * an error naming the limit; a program the models cannot run is skipped with the construct named, never passed.
 */
public class ResultsAreNeverLostTest {

  static final Path RESULTS = ResultsFixture.CASES;

  @Test
  public void everyPairGetsOneTestResultWithItsVerdict() {
    String backends = ResultsFixture.backends();
    Map<String, String> verdicts = new TreeMap<>();
    Map<String, String> messages = new TreeMap<>();
    FactoryRun.run(Map.of(Constants.CASES, RESULTS.toString(), Constants.REAL, "auto", Constants.BACKENDS, backends),
        null).forEach((name, r) -> {
          verdicts.put(name, FactoryRun.verdict(r));
          messages.put(name, FactoryRun.message(r));
        });

    List<String> names = List.of(backends.split(","));
    Map<String, String> expected = new TreeMap<>();
    for (String b : names) {
      expected.put("results/huge-event[" + b + "]", "error");
      expected.put("results/plain[" + b + "]", "pass");
      expected.put("results/unsupported[" + b + "]", b.startsWith("real:") ? "pass" : "skip");
    }
    assertThat(verdicts).isEqualTo(expected);
    assertThat(messages.get("results/huge-event[cpython-3.11]"))
        .contains("event of 50000000 bytes exceeds the limit of 65536 bytes");
    assertThat(messages.get("results/unsupported[pypy-7.3.11]"))
        .isEqualTo("the model cannot run this program: the built-in name complex is not supported by the model (line 1, column 4)");
  }
}
