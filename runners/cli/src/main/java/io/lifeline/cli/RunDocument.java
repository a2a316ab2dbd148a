package io.lifeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeline.baseline.ObservedResult;
import io.lifeline.scenario.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back the output of {@code lifeline run --format json} ({@link JsonReport}) as the results the baseline
 * package compares. Reads only fields the format has always had (and {@code constraints}), so outputs of older
 * builds read too.
 */
final class RunDocument {
  private RunDocument() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The results of the run in {@code file}; a file that is not such an output is a usage error. */
  static List<ObservedResult> read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + " as JSON: " + e.getMessage());
    }
    if (root == null || !root.path("results").isArray()) {
      throw new UsageException(file + " is not the output of lifeline run --format json (no results list)");
    }
    Map<String, Map<String, String>> traits = new HashMap<>();
    for (JsonNode b : root.path("backends")) {
      Map<String, String> t = new LinkedHashMap<>();
      b.path("traits").fields().forEachRemaining(e -> t.put(e.getKey(), e.getValue().asText()));
      traits.put(b.path("name").asText(), t);
    }
    List<ObservedResult> results = new ArrayList<>();
    for (JsonNode r : root.path("results")) {
      try {
        results.add(result(r, traits));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new UsageException(file + ": unreadable result " + r + ": " + e.getMessage());
      }
    }
    return results;
  }

  private static ObservedResult result(JsonNode r, Map<String, Map<String, String>> traits) {
    String backend = r.path("backend").asText();
    List<String> events = new ArrayList<>();
    r.path("events").forEach(e -> events.add(e.asText()));
    List<String> broken = null;
    if (r.path("constraints").isArray()) {
      broken = new ArrayList<>();
      for (JsonNode c : r.path("constraints")) {
        if (!c.path("met").asBoolean()) {
          broken.add(c.path("constraint").asText());
        }
      }
    }
    String errorType = r.hasNonNull("errorType") ? r.get("errorType").asText() : null;
    return new ObservedResult(r.path("scenario").asText(), backend, traits.getOrDefault(backend, Map.of()),
        r.path("verdict").asText(), Status.fromWireName(r.path("status").asText()),
        r.path("status").asText().equals("error") ? errorType : null, events, broken);
  }
}
