package io.lifeline.authoring;

import io.lifeline.scenario.Scenario;
import java.util.List;

/**
 * Parses scenario programs without running them, for {@code lifeline check}. Today a real CPython's
 * {@code compile()} ({@link CPythonSourceParser}); the in-repo parser plugs in here once it exists.
 */
public interface SourceParser {

  /**
   * A program that does not parse.
   *
   * @param id the scenario
   * @param programLine the line of the program (includes, then source) the parser blames; 0 when unknown
   * @param message the parser's message, such as {@code SyntaxError: invalid syntax}
   */
  record Problem(String id, int programLine, String message) {}

  /** What reports call the parser: {@code CPython 3.13.0 compile()}. */
  String name();

  /**
   * The problems of the scenarios' programs ({@link Scenario#program()}), at most one per scenario.
   *
   * @throws IllegalStateException when the parser itself fails (it could not be started, it gave no answer)
   */
  List<Problem> parse(List<Scenario> scenarios);
}
