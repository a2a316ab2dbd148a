package io.lifeline.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** A report entry's text is what a default ObjectMapper writes and reads, without the mapper. */
class EntryJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode everyKind() {
    ObjectNode n = EntryJson.object();
    n.put("text", "quote \" backslash \\ tab \t newline \n nul \u0000 é \u2028 \uD83D\uDE00 </script>");
    n.put("empty", "");
    n.putNull("none");
    n.put("yes", true).put("no", false);
    n.put("int", -7).put("long", 1L << 40).put("big", new BigInteger("123456789012345678901234567890"));
    n.put("zero", 0L);
    n.putArray("events").add("a").add("b c").addNull().add(3);
    n.putArray("nothing");
    n.putObject("traits").put("impl", "cpython").putObject("nested").putArray("deep").addObject().put("k", "v");
    n.putObject("bare");
    return n;
  }

  @Test
  void writesTheTextADefaultMapperWrites() throws Exception {
    ObjectNode n = everyKind();
    assertThat(EntryJson.write(n)).isEqualTo(MAPPER.writeValueAsString(n));
    assertThat(EntryJson.write(EntryJson.array().add(1).add("x"))).isEqualTo("[1,\"x\"]");
  }

  @Test
  void readsTheTreeADefaultMapperReads() throws Exception {
    String text = MAPPER.writeValueAsString(everyKind());
    JsonNode read = EntryJson.read(text);
    assertThat(read).isEqualTo(MAPPER.readTree(text));
    assertThat(read.get("int").isInt()).isTrue();
    assertThat(read.get("long").isLong()).isTrue();
    assertThat(read.get("big").isBigInteger()).isTrue();
    assertThat(EntryJson.read(" [1.5, {\"a\": 1, \"a\": 2}] ")).isEqualTo(MAPPER.readTree("[1.5,{\"a\":2}]"));
  }

  @Test
  void aStringLongerThanJacksonsDefaultLimitReadsBack() {
    String big = "x".repeat(20_000_001);
    ObjectNode n = EntryJson.object().put("detail", big);
    assertThat(EntryJson.read(EntryJson.write(n)).get("detail").textValue()).hasSize(big.length());
  }

  @Test
  void malformedOrTrailingTextIsAnError() {
    assertThatThrownBy(() -> EntryJson.read("{\"a\":")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> EntryJson.read("{} {}")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> EntryJson.read("")).isInstanceOf(UncheckedIOException.class);
  }
}
