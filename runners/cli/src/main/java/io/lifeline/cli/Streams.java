package io.lifeline.cli;

import java.io.PrintWriter;

/**
 * Where a command writes: {@code out} carries the result (and nothing else with {@code --format json}),
 * {@code err} carries progress, logs and diagnostics; {@code terminal} says whether err is a terminal.
 */
public record Streams(PrintWriter out, PrintWriter err, boolean terminal) {}
