/**
 * The gate for interpreters under development (spec/baselines.md): judging a run's results against a
 * {@link io.lifeline.scenario.Baseline} of known results ({@link BaselineGate}), rewriting the baseline from a run
 * ({@link BaselineUpdate}), and comparing two runs ({@link RunComparison}). Runners (the JUnit engine, TestNG, the
 * CLI) adapt their results to {@link ObservedResult} and report what these classes decide.
 */
package io.lifeline.baseline;
