package io.lifeline.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into a {@link YamlTree} with Jackson's streaming parser, which reports where every
 * token starts. Malformed YAML, duplicate keys, aliases and extra documents are reported to the file's
 * {@link Diagnostics}; the tree is returned only when the YAML itself was readable and has no alias. The parser
 * never expands an alias, so an alias bomb costs one token per alias; all of a file's aliases make one problem,
 * at the first, so that a bomb of thousands reads as one line.
 */
final class YamlTreeReader {

  /** Thread-safe once configured; creating parsers from it is cheap. */
  private static final YAMLFactory YAML = new YAMLFactory();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Diagnostics diagnostics;
  private final Map<String, SourceLocation> values = new HashMap<>();
  private final Map<String, SourceLocation> keys = new HashMap<>();
  private final Map<String, String> scalarText = new HashMap<>();
  private int aliases;
  private String firstAlias;
  private SourceLocation firstAliasAt;
  private int lastAliasLine;

  private YamlTreeReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Parses {@code text}; empty (with the problem reported) when it is not one readable YAML document. */
  static Optional<YamlTree> read(String text, Diagnostics diagnostics) {
    return new YamlTreeReader(diagnostics).document(text);
  }

  private Optional<YamlTree> document(String text) {
    try (YAMLParser parser = YAML.createParser(text)) {
      if (parser.nextToken() == null) {
        diagnostics.report(diagnostics.at(1, 1), "the file is empty; a scenario needs at least title and source");
        return Optional.empty();
      }
      JsonNode root = value(parser, "");
      if (parser.nextToken() != null) {
        diagnostics.report(
            here(parser), "a scenario file holds one YAML document; remove this second document (and its '---')");
      }
      if (aliases > 0) {
        diagnostics.report(firstAliasAt, aliasMessage());
        return Optional.empty();
      }
      return Optional.of(new YamlTree(root, values, keys, scalarText));
    } catch (JsonProcessingException e) {
      diagnostics.report(syntaxLocation(e), syntaxMessage(e));
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.report(diagnostics.at(1, 1), "cannot read the YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Reads the node whose first token is current, leaving its last token current. */
  private JsonNode value(YAMLParser parser, String pointer) throws IOException {
    values.put(pointer, here(parser));
    if (parser.isCurrentAlias()) {
      if (aliases++ == 0) {
        firstAlias = parser.getText();
        firstAliasAt = here(parser);
      }
      lastAliasLine = here(parser).line();
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> mapping(parser, pointer);
      case START_ARRAY -> sequence(parser, pointer);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> written(parser, pointer, NODES.numberNode(parser.getBigIntegerValue()));
      case VALUE_NUMBER_FLOAT -> written(parser, pointer, NODES.numberNode(parser.getDoubleValue()));
      case VALUE_TRUE, VALUE_FALSE -> written(parser, pointer, NODES.booleanNode(token == JsonToken.VALUE_TRUE));
      case VALUE_NULL -> NODES.nullNode();
      default -> NODES.textNode(parser.getText());
    };
  }

  private JsonNode written(YAMLParser parser, String pointer, JsonNode node) throws IOException {
    scalarText.put(pointer, parser.getText());
    return node;
  }

  private ObjectNode mapping(YAMLParser parser, String pointer) throws IOException {
    ObjectNode mapping = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String child = YamlTree.child(pointer, key);
      if (mapping.has(key)) {
        diagnostics.reportAt(
            child, here(parser), "duplicate key '" + key + "' (first at line " + keys.get(child).line() + ")");
      } else {
        keys.put(child, here(parser));
      }
      parser.nextToken();
      mapping.set(key, value(parser, child));
    }
    return mapping;
  }

  private ArrayNode sequence(YAMLParser parser, String pointer) throws IOException {
    ArrayNode sequence = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      sequence.add(value(parser, YamlTree.child(pointer, sequence.size())));
    }
    return sequence;
  }

  private String aliasMessage() {
    String more =
        aliases == 1 ? "" : " (and " + (aliases - 1) + " more in this file, up to line " + lastAliasLine + ")";
    return "YAML aliases (*" + firstAlias + ") are not supported; write the value out" + more;
  }

  private SourceLocation here(JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return diagnostics.at(at.getLineNr(), at.getColumnNr());
  }

  /** SnakeYAML's problem mark is where the YAML went wrong; Jackson's location is where it noticed. */
  private SourceLocation syntaxLocation(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      return diagnostics.at(mark.getLine() + 1, mark.getColumn() + 1);
    }
    JsonLocation at = e.getLocation();
    return at == null ? diagnostics.at(1, 1) : diagnostics.at(Math.max(at.getLineNr(), 1), at.getColumnNr());
  }

  private static String syntaxMessage(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
      String problem = marked.getProblem();
      String context = marked.getContext() == null ? "" : " (" + marked.getContext() + contextLine(marked) + ")";
      return "malformed YAML: " + problem + context + hint(problem);
    }
    return "malformed YAML: " + e.getOriginalMessage();
  }

  private static String contextLine(MarkedYAMLException marked) {
    return marked.getContextMark() == null ? "" : " started at line " + (marked.getContextMark().getLine() + 1);
  }

  private static String hint(String problem) {
    if (problem.contains("mapping values are not allowed")) {
      return "; check the indentation, or quote a value that contains ': '";
    }
    if (problem.contains("expected <block end>")) {
      return "; check the indentation: keys of one mapping must start in the same column";
    }
    return "";
  }
}
