package io.lifeline.testng;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifeline.junit.Constants;
import io.lifeline.junit.testing.EchoBaseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.testng.annotations.Test;

/**
 * The TestNG factory honours {@code lifeline.baseline} as the JUnit engine does: on the fixture cases echo-new
 * fails demo/wrong (x where its rule wants y) and errors on demo/raises (KeyError where completion is expected).
 */
public class BaselineTest {

  @Test
  public void knownFailuresSkipWithTheReasonRegressionsFailAndFixesPass() throws Exception {
    Path dir = Files.createTempDirectory("lifeline-testng-baseline");
    Path baseline = EchoBaseline.write(dir, "{impl: echo}");
    Path allure = Files.createDirectories(dir.resolve("allure"));
    Map<String, String> params = new HashMap<>(RunnersAgreeTest.CONFIG);
    params.put(Constants.BASELINE, baseline.toString());
    Map<String, String> outcomes = new HashMap<>();
    FactoryRun.run(params, allure).forEach((name, r) -> outcomes.put(name,
        FactoryRun.verdict(r) + (r.getThrowable() == null ? "" : ": " + FactoryRun.message(r))));

    assertThat(outcomes.get("demo/wrong[echo-new]"))
        .startsWith("skip: known failure (baseline): fail, completed [x]; the new echo emits x");
    assertThat(outcomes.get("demo/raises[echo-new]"))
        .startsWith("error: regression against the baseline: known as fail completed [x], now error error: KeyError");
    assertThat(outcomes.get("demo/agree[echo-old]")).isEqualTo("pass");
    // demo/raises has no rule for echo-old (a skip), but the baseline lists it: its entry is stale.
    assertThat(outcomes.get("demo/raises[echo-old]")).startsWith("skip: fixed since the baseline: skip now");
    assertThat(outcomes.get("demo/wrong[echo-old]")).isEqualTo("pass");

    JsonNode known = FactoryRun.allureResult(allure, "demo/wrong[echo-new]");
    assertThat(known.path("status").asText()).isEqualTo("skipped");
    assertThat(known.at("/statusDetails/known").asBoolean()).isTrue();
    assertThat(known.at("/statusDetails/message").asText()).startsWith("known failure (baseline)");
    JsonNode fixed = FactoryRun.allureResult(allure, "demo/agree[echo-old]");
    assertThat(fixed.path("status").asText()).isEqualTo("passed");
    assertThat(fixed.at("/statusDetails/message").asText()).startsWith("fixed since the baseline: pass now");
  }
}
