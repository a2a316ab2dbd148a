package io.lifeline.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the expect block and its rules sit in a file's text. */
class ExpectBlockTest {

  private static final String TEXT = """
      title: t
      # about expect
      expect:
      - when: {impl: cpython}   # one
        events: [a]

      # between
      - events: [b]
        status: error
      # about tags
      tags: [x]
      """;

  @Test
  void theBlockRunsFromItsKeyToTheCommentsBeforeTheNextKey() {
    ExpectBlock block = ExpectBlock.locate(TEXT).orElseThrow();
    assertThat(block.keyLine()).isEqualTo(3);
    assertThat(block.endLine()).isEqualTo(10);
    assertThat(block.ruleLines()).containsExactly(4, 8);
    assertThat(block.ruleText(TEXT, 0)).contains("- when: {impl: cpython}   # one\n  events: [a]\n");
    assertThat(block.ruleText(TEXT, 1)).contains("- events: [b]\n  status: error\n");
  }

  @Test
  void aBlockAtTheEndRunsToTheEndAndFlowRulesCannotBeCutOut() {
    ExpectBlock last = ExpectBlock.locate("title: t\nexpect:\n- events: [a]\n").orElseThrow();
    assertThat(last.keyLine()).isEqualTo(2);
    assertThat(last.endLine()).isEqualTo(4);
    ExpectBlock flow = ExpectBlock.locate("expect: [{events: [a]}]\ntitle: t\n").orElseThrow();
    assertThat(flow.endLine()).isEqualTo(2);
    assertThat(flow.ruleLines()).isEmpty();
    assertThat(flow.ruleText("", 0)).isEmpty();
  }

  @Test
  void noExpectOrNoMappingIsEmpty() {
    assertThat(ExpectBlock.locate("title: t\n")).isEmpty();
    assertThat(ExpectBlock.locate("- a\n")).isEmpty();
    assertThat(ExpectBlock.locate("title: [\n")).isEmpty();
  }
}
