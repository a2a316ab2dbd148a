package io.lifeline.cli;

import java.io.PrintWriter;

/**
 * Progress on stderr: a redrawn bar on a terminal; otherwise a line at every tenth of the run, so CI logs show a
 * long run moving without being flooded. Silent when {@code quiet}.
 */
final class ProgressBar {

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final long started = System.nanoTime();
  private int total;
  private int lastDecile = -1;

  ProgressBar(PrintWriter err, boolean terminal, boolean quiet) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  synchronized void start(int total) {
    this.total = total;
  }

  synchronized void update(int done, String last) {
    if (quiet || total == 0) {
      return;
    }
    int percent = done * 100 / total;
    if (terminal) {
      int width = 30;
      int filled = done * width / total;
      String name = last.length() > 50 ? "..." + last.substring(last.length() - 47) : last;
      err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " "
          + String.format("%-50s", name));
      err.flush();
    } else if (percent / 10 != lastDecile) {
      lastDecile = percent / 10;
      err.println("lifeline: " + done + "/" + total + " tests (" + percent + "%), " + elapsedSeconds() + "s");
    }
  }

  synchronized void finish() {
    if (quiet) {
      return;
    }
    if (terminal && total > 0) {
      err.print("\r" + " ".repeat(90) + "\r");
    }
    err.println("lifeline: ran " + total + " tests in " + elapsedSeconds() + "s");
    err.flush();
  }

  private String elapsedSeconds() {
    return String.format("%.1f", (System.nanoTime() - started) / 1e9);
  }
}
