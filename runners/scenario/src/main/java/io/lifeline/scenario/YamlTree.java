package io.lifeline.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed YAML document with the place of every node: the value of each node and the key of each mapping
 * entry, addressed by JSON pointer ({@code ""} is the document, {@code /expect/0/events/1} an event).
 * Also keeps the text of every scalar that YAML typed as a number or boolean, as written
 * ({@code 3.10}, not 3.1), so that such scalars can be read back as the strings their author saw.
 *
 * @param root the document
 * @param values pointer to where the node's value starts
 * @param keys pointer of a mapping entry's value to where its key starts
 * @param scalarText pointer of a number or boolean scalar to its text as written
 */
record YamlTree(
    JsonNode root,
    Map<String, SourceLocation> values,
    Map<String, SourceLocation> keys,
    Map<String, String> scalarText) {

  YamlTree {
    values = Map.copyOf(values);
    keys = Map.copyOf(keys);
    scalarText = Map.copyOf(scalarText);
  }

  /** The pointer of a mapping entry, escaped as RFC 6901 requires. */
  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of a sequence item. */
  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  JsonNode node(String pointer) {
    return root.at(pointer);
  }

  /** Where the node's value starts; the document's start for an unknown pointer. */
  SourceLocation valueAt(String pointer) {
    SourceLocation here = values.get(pointer);
    return here != null ? here : values.get("");
  }

  /** Where the key of the mapping entry starts, else where its value starts. */
  SourceLocation keyAt(String pointer) {
    SourceLocation here = keys.get(pointer);
    return here != null ? here : valueAt(pointer);
  }

  /** A scalar as its author wrote it: the text of a number or boolean, the value of a string. */
  String textAt(String pointer) {
    String written = scalarText.get(pointer);
    return written != null ? written : node(pointer).asText();
  }
}
