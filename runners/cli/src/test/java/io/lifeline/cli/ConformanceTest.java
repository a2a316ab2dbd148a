package io.lifeline.cli;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance gate: every scenario in cases/ on every backend this machine has (in-repo models and real
 * interpreters), through the lifeline engine. Surefire finds the engine's tests only through a suite class.
 */
@Suite
@IncludeEngines("lifeline")
@SelectDirectories("../../cases")
@ConfigurationParameter(key = "lifeline.backends", value = "real,model")
class ConformanceTest {}
