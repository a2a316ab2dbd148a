package io.lifeline.authoring;

import io.lifeline.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * What blessing one scenario file came to.
 *
 * @param scenario the scenario as loaded before blessing
 * @param kind whether the file is already right, was given new expectations, or was left alone because of a
 *     problem
 * @param text the file's new text for BLESSED; its current text otherwise
 * @param notes what a contributor should know: why it was refused, which releases did not run here and how
 *     their rules were chosen, which backends gave different outcomes on repeated runs
 */
public record BlessResult(Scenario scenario, Kind kind, String text, List<String> notes) {

  /** The three ways blessing a file ends. */
  public enum Kind {
    /** Every backend that ran already meets the file's rules; the file is left byte for byte as it was. */
    UNCHANGED,
    /** The {@code expect} block was rewritten from the runs; {@link #text} is the new file. */
    BLESSED,
    /** A run crashed, hung (without --allow-hang) or was unstable, or the groups cannot be told apart. */
    REFUSED
  }

  public BlessResult {
    notes = List.copyOf(notes);
  }

  /** Writes {@link #text} to the scenario's file when the kind is BLESSED; does nothing otherwise. */
  public void write() throws IOException {
    if (kind == Kind.BLESSED) {
      Files.writeString(scenario.file(), text, StandardCharsets.UTF_8);
    }
  }
}
