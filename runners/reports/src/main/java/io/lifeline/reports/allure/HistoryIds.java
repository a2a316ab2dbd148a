package io.lifeline.reports.allure;

import io.lifeline.junit.UniqueIds;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Allure history ids: the MD5 of the (scenario, backend) pair's own unique id
 * {@code [engine:lifeline]/[scenario:ID]/[backend:NAME]}, whichever runner ran it (the CLI, a suite under
 * surefire that nests the engine's ids, TestNG), so history and trends follow a pair across runs and runners.
 */
public final class HistoryIds {
  private HistoryIds() {}

  /** The unique id of the pair, as the lifeline engine builds it at the top level. */
  public static String uniqueId(String scenario, String backend) {
    return UniqueIds.backend(UniqueIds.scenario(UniqueIds.engine(), scenario), backend).toString();
  }

  /** The history id of the pair. */
  public static String of(String scenario, String backend) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5")
          .digest(uniqueId(scenario, backend).getBytes(StandardCharsets.UTF_8));
      return String.format("%032x", new BigInteger(1, digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
  }
}
