package io.lifeline.differential;

import java.util.ArrayList;
import java.util.List;

/** Renders events with the positions where {@code gc.collect()} returned, which partial-order rules refer to. */
public final class GcMarks {
  private GcMarks() {}

  /**
   * The events as a list with a {@code (gc.collect() returned)} entry where each marker falls.
   *
   * @param gcCollects for each return, the number of events emitted before it, ascending
   */
  public static String render(List<String> events, List<Integer> gcCollects) {
    List<String> shown = new ArrayList<>();
    int mark = 0;
    for (int i = 0; i <= events.size(); i++) {
      while (mark < gcCollects.size() && gcCollects.get(mark) == i) {
        shown.add("(gc.collect() returned)");
        mark++;
      }
      if (i < events.size()) {
        shown.add(events.get(i));
      }
    }
    return "[" + String.join(", ", shown) + "]";
  }
}
