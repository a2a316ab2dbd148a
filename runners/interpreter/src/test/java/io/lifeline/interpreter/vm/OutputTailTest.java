package io.lifeline.interpreter.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputTailTest {
  @Test
  void keepsTheLastCharactersOfAnyAmountOfOutputAndSaysHowManyWereDropped() {
    OutputTail tail = new OutputTail();
    String line = "x".repeat(99) + "\n";
    for (int i = 0; i < 100_000; i++) { // 10 MB
      tail.append(line);
    }
    tail.append("last").append('!');
    String text = tail.toString();
    long dropped = 100_000L * 100 + 5 - OutputTail.LIMIT;
    assertThat(text).startsWith("[... " + dropped + " earlier characters dropped ...]\n").endsWith("last!");
    assertThat(text.length()).isLessThan(OutputTail.LIMIT + 100);
  }

  @Test
  void shortOutputIsKeptWhole() {
    OutputTail tail = new OutputTail();
    assertThat(tail.isEmpty()).isTrue();
    tail.append("a").append('b');
    assertThat(tail.toString()).isEqualTo("ab");
    assertThat(tail.isEmpty()).isFalse();
  }
}
