package io.lifeline.cli;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance gate: every scenario in cases/ on every backend this machine has (in-repo models and real
 * interpreters), through the lifeline engine. Surefire finds the engine's tests only through a suite class.
 *
 * <p>The budget is 30 s, not the command's 10 s: the build runs this suite beside others on a shared CI machine,
 * where a real PyPy has taken over 10 s for an asyncio program of one second. No scenario in cases/ expects a hang,
 * so the larger budget costs nothing unless something really hangs.
 */
@Suite
@IncludeEngines("lifeline")
@SelectDirectories("../../cases")
@ConfigurationParameter(key = "lifeline.backends", value = "real,model")
@ConfigurationParameter(key = "lifeline.timeout", value = "30")
class ConformanceTest {}
