package io.lifeline.differential;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One slice of a sharded run, {@code K/N} (1 ≤ K ≤ N): a scenario belongs to shard {@code CRC32(id) mod N + 1}.
 * The hash is CRC32 of the id's UTF-8 bytes, never {@code String.hashCode}, so every JVM on every machine puts a
 * scenario in the same shard; shards 1/N … N/N together hold every scenario exactly once, with all its backends.
 *
 * @param index K, 1-based
 * @param count N
 */
public record Shard(int index, int count) {

  /** The whole run: one shard. */
  public static final Shard ALL = new Shard(1, 1);

  private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
    }
  }

  /** Parses {@code K/N}; throws IllegalArgumentException for anything else. */
  public static Shard parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("a shard is K/N (such as 2/3), not '" + text + "'");
    }
    try {
      return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a shard is K/N (such as 2/3), not '" + text + "'");
    }
  }

  /** Whether the scenario with this id belongs to this shard. */
  public boolean includes(String scenarioId) {
    return bucketOf(scenarioId, count) == index;
  }

  /** The 1-based shard of {@code scenarioId} among {@code count}. */
  public static int bucketOf(String scenarioId, int count) {
    CRC32 crc = new CRC32();
    crc.update(scenarioId.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % count) + 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
