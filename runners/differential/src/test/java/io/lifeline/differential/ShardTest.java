package io.lifeline.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

  @Test
  void parsesKOfN() {
    assertThat(Shard.parse("2/3")).isEqualTo(new Shard(2, 3));
    assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(Shard.ALL);
  }

  @Test
  void rejectsWhatIsNotAShard() {
    for (String bad : List.of("0/3", "4/3", "3", "a/b", "1/0", "-1/2", "")) {
      assertThatThrownBy(() -> Shard.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void everyIdFallsInExactlyOneShard() {
    List<String> ids = IntStream.range(0, 200).mapToObj(i -> "family/scenario-" + i).toList();
    for (String id : ids) {
      assertThat(IntStream.rangeClosed(1, 3).filter(k -> new Shard(k, 3).includes(id)).count()).isEqualTo(1);
    }
    assertThat(IntStream.rangeClosed(1, 3).map(k -> (int) ids.stream().filter(new Shard(k, 3)::includes).count()))
        .allSatisfy(n -> assertThat(n).isGreaterThan(40));
  }

  @Test
  void theHashIsFixedNotPerJvm() {
    // CRC32("calling-convention/moved-argument-rebound") is fixed by the algorithm; a change here moves scenarios
    // between shards of existing CI set-ups.
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update("calling-convention/moved-argument-rebound".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Shard.bucketOf("calling-convention/moved-argument-rebound", 7)).isEqualTo((int) (crc.getValue() % 7) + 1);
    assertThat(new Shard(1, 1).includes("anything")).isTrue();
  }
}
