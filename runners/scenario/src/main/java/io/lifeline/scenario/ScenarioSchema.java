package io.lifeline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a scenario's YAML tree against {@code spec/scenario.schema.json} (copied onto the classpath by the
 * build) and turns each schema violation into a located problem phrased for the scenario's author.
 * The schema is read once per JVM; validating with it is thread-safe.
 */
final class ScenarioSchema {

  /** Where the build puts the copy of spec/scenario.schema.json, relative to this class. */
  static final String RESOURCE = "scenario.schema.json";

  private static final Pattern RULE_POINTER = Pattern.compile("/expect/\\d+");
  private static final Pattern WITHIN_POINTER = Pattern.compile("/expect/\\d+/within");

  private static final JsonNode SCHEMA_JSON = read(ScenarioSchema.class, RESOURCE);
  private static final JsonSchema SCHEMA = compile(SCHEMA_JSON);

  /**
   * One schema violation.
   *
   * @param pointer the JSON pointer of the offending node
   * @param location where to show it: the unknown key, the bad value, the mapping missing a key
   * @param message what is wrong
   */
  record Problem(String pointer, SourceLocation location, String message) {}

  private ScenarioSchema() {}

  /** The schema as JSON, for reading its key lists and descriptions. */
  static JsonNode json() {
    return SCHEMA_JSON;
  }

  /** The violations of {@code tree}, each once, in no particular order. */
  static List<Problem> check(YamlTree tree) {
    Set<Problem> problems = new LinkedHashSet<>();
    for (ValidationMessage m : SCHEMA.validate(tree.root())) {
      problems.add(problem(tree, m));
    }
    return new ArrayList<>(problems);
  }

  private static Problem problem(YamlTree tree, ValidationMessage m) {
    String pointer = pointer(m.getInstanceLocation());
    String name = readable(m.getInstanceLocation());
    return switch (m.getType()) {
      case "additionalProperties" -> unknownKey(tree, pointer, m.getProperty());
      case "required" -> new Problem(
          pointer, tree.valueAt(pointer), "missing required key '" + m.getProperty() + "'" + in(name));
      case "type" -> new Problem(
          pointer, tree.valueAt(pointer),
          name + " must be " + expected(m.getSchemaNode()) + ", not " + actual(m.getInstanceNode()));
      case "enum" -> new Problem(
          pointer, tree.valueAt(pointer),
          name + " must be one of " + join(m.getSchemaNode()) + ", not '" + tree.textAt(pointer) + "'");
      case "pattern" -> new Problem(pointer, tree.valueAt(pointer), patternMessage(name, pointer, tree));
      case "minLength" -> new Problem(pointer, tree.valueAt(pointer), name + " must not be empty");
      case "minItems" -> new Problem(pointer, tree.valueAt(pointer), name + " must list at least one value");
      default -> new Problem(pointer, tree.valueAt(pointer), name + ": " + m.getError());
    };
  }

  private static Problem unknownKey(YamlTree tree, String pointer, String key) {
    String child = YamlTree.child(pointer, key);
    List<String> allowed = allowedKeys(pointer);
    String hint = allowed.isEmpty() ? "" : "; expected one of: " + String.join(", ", allowed);
    return new Problem(child, tree.keyAt(child), "unknown key '" + key + "'" + hint);
  }

  /** The keys a mapping may have, read from the schema so that the schema stays the only list. */
  private static List<String> allowedKeys(String pointer) {
    JsonNode properties;
    if (pointer.isEmpty()) {
      properties = SCHEMA_JSON.path("properties");
    } else if (RULE_POINTER.matcher(pointer).matches()) {
      properties = SCHEMA_JSON.path("$defs").path("rule").path("properties");
    } else if (WITHIN_POINTER.matcher(pointer).matches()) {
      properties = SCHEMA_JSON.path("$defs").path("within").path("properties");
    } else {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    properties.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static String patternMessage(String name, String pointer, YamlTree tree) {
    String value = tree.textAt(pointer);
    if (pointer.equals("/title")) {
      return "title must be one line; put the rest in description";
    }
    if (pointer.startsWith("/includes/")) {
      return "include '" + value + "' must be a file name in lib/, without folders";
    }
    if (pointer.endsWith("/error")) {
      return "error must be an exception type name such as KeyError, not '" + value + "'";
    }
    return name + " '" + value + "' does not have the expected form";
  }

  private static String in(String name) {
    return name.equals("the scenario") ? "" : " in " + name;
  }

  static String expected(JsonNode typeNode) {
    List<String> names = new ArrayList<>();
    if (typeNode.isArray()) {
      typeNode.forEach(t -> names.add(typeName(t.asText())));
    } else {
      names.add(typeName(typeNode.asText()));
    }
    int last = names.size() - 1;
    return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
  }

  private static String typeName(String schemaType) {
    return switch (schemaType) {
      case "string" -> "a string";
      case "array" -> "a list";
      case "object" -> "a mapping";
      case "number" -> "a number";
      case "integer" -> "an integer";
      case "boolean" -> "a boolean";
      case "null" -> "empty";
      default -> schemaType;
    };
  }

  static String actual(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "empty";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return node.isNumber() ? "a number" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  static String join(JsonNode values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(v.asText()));
    return String.join(", ", texts);
  }

  /** The RFC 6901 pointer of a validator's instance location, built from its elements. */
  static String pointer(JsonNodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      sb.append(
          element instanceof Integer index ? YamlTree.child("", index) : YamlTree.child("", element.toString()));
    }
    return sb.toString();
  }

  /** A path for messages: {@code expect[0].when.version}; "the scenario" for the document. */
  static String readable(JsonNodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      if (element instanceof Integer index) {
        sb.append('[').append(index).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(element);
      }
    }
    return sb.length() == 0 ? "the scenario" : sb.toString();
  }

  /** A JSON schema the build copies from spec/ next to {@code owner} (this one, the baseline's). */
  static JsonNode read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("internal error: " + resource + " is not on the classpath next to "
            + owner.getName() + "; the build copies it from spec/");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("internal error: cannot read " + resource, e);
    }
  }

  static JsonSchema compile(JsonNode json) {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json);
    // Validators are created lazily on first use; create them now so concurrent loads never race on that.
    schema.initializeValidators();
    return schema;
  }
}
