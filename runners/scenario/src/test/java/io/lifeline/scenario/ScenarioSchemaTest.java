package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioSchemaTest {

  @Test
  void isDraft202012AndClosed() {
    JsonNode schema = ScenarioSchema.json();
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).endsWith("/spec/scenario.schema.json");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.at("/$defs/rule/additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.path("required").toString()).isEqualTo("[\"title\",\"source\"]");
  }

  @Test
  void everyPropertyHasATitleAndADescriptionForEditors() {
    List<String> missing = new ArrayList<>();
    collectUndocumented(ScenarioSchema.json(), "", missing);
    assertThat(missing).isEmpty();
  }

  private static void collectUndocumented(JsonNode node, String pointer, List<String> missing) {
    if (!node.isObject()) {
      return;
    }
    JsonNode properties = node.path("properties");
    properties.fieldNames().forEachRemaining(name -> {
      JsonNode p = properties.get(name);
      if (!p.hasNonNull("title") || !p.hasNonNull("description")) {
        missing.add(pointer + "/properties/" + name);
      }
    });
    node.fields().forEachRemaining(e -> collectUndocumented(e.getValue(), pointer + "/" + e.getKey(), missing));
  }

  @Test
  void theClasspathCopyIsTheSpecFile() throws Exception {
    Path spec = Path.of(System.getProperty("lifeline.root", "../.."), "spec", "scenario.schema.json");
    if (Files.exists(spec)) {
      JsonNode fromSpec = new com.fasterxml.jackson.databind.ObjectMapper().readTree(spec.toFile());
      assertThat(ScenarioSchema.json()).isEqualTo(fromSpec);
    }
  }

  @Test
  void versionsInWhenMustBeStrings() {
    Diagnostics d = new Diagnostics(Path.of("x.yaml"), "x");
    YamlTree tree = YamlTreeReader.read(
        "title: t\nsource: s\nexpect:\n- when: {version: 3.10}\n  events: []\n", d).orElseThrow();
    assertThat(ScenarioSchema.check(tree)).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/expect/0/when/version");
      assertThat(p.location()).isEqualTo(new SourceLocation(Path.of("x.yaml"), 4, 19));
      assertThat(p.message()).isEqualTo("expect[0].when.version must be a string or a list, not a number");
    });
  }

  @Test
  void acceptsTheGoodFixtures() throws Exception {
    for (String good : List.of("weakref/kwarg-rebind", "weakref/with-includes", "gc/typed-values")) {
      Path file = Fixtures.path("suite/" + good + ".yaml");
      Diagnostics d = new Diagnostics(file, good);
      YamlTree tree = YamlTreeReader.read(Files.readString(file), d).orElseThrow();
      assertThat(ScenarioSchema.check(tree)).as(good).isEmpty();
    }
  }
}
