package io.lifeline.junit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The compact JSON text of a report entry's tree and the tree of such a text, with Jackson's streaming generator
 * and parser alone: the text is what a default {@code ObjectMapper}'s {@code writeValueAsString} and
 * {@code readTree} give and take, without the data-binding set-up (serializer and deserializer caches, type
 * factory, annotation introspection) a one-scenario command would otherwise initialise before its first result.
 */
final class EntryJson {
  private EntryJson() {}

  /**
   * Reads back whatever was written: Jackson's default read constraints (a string of at most 20 MB, nesting of
   * 1000) would drop a result carrying a large detail or diff, so strings and documents are unbounded here; what a
   * result may hold is bounded where it is made ({@link io.lifeline.scenario.EventLimits}).
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).maxDocumentLength(-1L).maxNumberLength(Integer.MAX_VALUE).build())
      .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A new empty object node. */
  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A new empty array node. */
  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** The compact text of {@code n}. */
  static String write(JsonNode n) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      node(g, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The tree of {@code json}, a single JSON value. */
  static JsonNode read(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() == null) {
        throw new IOException("no JSON value in the entry");
      }
      JsonNode n = value(p);
      if (p.nextToken() != null) {
        throw new IOException("text after the JSON value of the entry");
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void node(JsonGenerator g, JsonNode n) throws IOException {
    switch (n.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          g.writeFieldName(e.getKey());
          node(g, e.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode e : n) {
          node(g, e);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(n.textValue());
      case BOOLEAN -> g.writeBoolean(n.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> number(g, n);
      default -> throw new IOException("a report entry holds no " + n.getNodeType() + " node");
    }
  }

  private static void number(JsonGenerator g, JsonNode n) throws IOException {
    if (n.isInt()) {
      g.writeNumber(n.intValue());
    } else if (n.isLong()) {
      g.writeNumber(n.longValue());
    } else if (n.isBigInteger()) {
      g.writeNumber(n.bigIntegerValue());
    } else if (n.isBigDecimal()) {
      g.writeNumber(n.decimalValue());
    } else {
      g.writeNumber(n.doubleValue());
    }
  }

  /** Reads the value whose first token is current, leaving its last token current. */
  private static JsonNode value(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          o.set(key, value(p));
        }
        yield o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(value(p));
        }
        yield a;
      }
      case VALUE_STRING -> NODES.textNode(p.getText());
      case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
        case INT -> NODES.numberNode(p.getIntValue());
        case LONG -> NODES.numberNode(p.getLongValue());
        default -> NODES.numberNode(p.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IOException("unexpected " + token + " in a report entry");
    };
  }
}
