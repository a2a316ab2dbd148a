package io.lifeline.differential;

import io.lifeline.scenario.Backend;
import io.lifeline.scenario.Outcome;

/** A backend together with what it observed. */
public record BackendRun(Backend backend, Outcome outcome) {}
