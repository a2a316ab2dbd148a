package io.lifeline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a baseline's YAML tree against {@code spec/baseline.schema.json} (copied onto the classpath by the build)
 * and reports each violation, located, to the file's {@link Diagnostics}, phrased as {@link ScenarioSchema}
 * phrases a scenario's. Read once per JVM; thread-safe.
 */
final class BaselineSchema {

  static final String RESOURCE = "baseline.schema.json";

  private static final JsonNode SCHEMA_JSON = ScenarioSchema.read(BaselineSchema.class, RESOURCE);
  private static final JsonSchema SCHEMA = ScenarioSchema.compile(SCHEMA_JSON);

  private BaselineSchema() {}

  static JsonNode json() {
    return SCHEMA_JSON;
  }

  /** Reports every violation of {@code tree}; the problems of one node once. */
  static void check(YamlTree tree, Diagnostics diagnostics) {
    for (ValidationMessage m : SCHEMA.validate(tree.root())) {
      String pointer = ScenarioSchema.pointer(m.getInstanceLocation());
      String name = ScenarioSchema.readable(m.getInstanceLocation()).replace("the scenario", "the baseline");
      String kind = m.getType().equals("not") ? "oneOf" : m.getType();
      if (diagnostics.reportedAt(pointer + "#" + kind)) {
        continue;
      }
      String message = switch (m.getType()) {
        case "additionalProperties" -> "unknown key '" + m.getProperty() + "'" + allowed(pointer);
        case "required" -> "missing required key '" + m.getProperty() + "' in " + name;
        case "type" -> name + " must be " + ScenarioSchema.expected(m.getSchemaNode()) + ", not "
            + ScenarioSchema.actual(m.getInstanceNode());
        case "enum" -> name + " must be one of " + ScenarioSchema.join(m.getSchemaNode()) + ", not '"
            + tree.textAt(pointer) + "'";
        case "oneOf", "not" -> name + " gives either 'backend' (a name) or 'when' (trait conditions), not both";
        case "minLength", "minProperties" -> name + " must not be empty";
        case "minItems" -> name + " must list at least one value";
        default -> name + ": " + m.getError();
      };
      SourceLocation at = m.getType().equals("additionalProperties")
          ? tree.keyAt(YamlTree.child(pointer, m.getProperty())) : tree.valueAt(pointer);
      diagnostics.reportAt(pointer + "#" + kind, at, message);
    }
  }

  private static String allowed(String pointer) {
    JsonNode properties = pointer.isEmpty() ? SCHEMA_JSON.path("properties")
        : pointer.matches("/known/\\d+") ? SCHEMA_JSON.at("/$defs/entry/properties") : null;
    if (properties == null) {
      return "";
    }
    List<String> keys = new ArrayList<>();
    properties.fieldNames().forEachRemaining(keys::add);
    return "; expected one of: " + String.join(", ", keys);
  }
}
