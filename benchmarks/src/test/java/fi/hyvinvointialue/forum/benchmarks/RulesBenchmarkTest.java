package fi.hyvinvointialue.forum.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runs each rules benchmark once: the measured year is compliant, so neither check finds anything. */
class RulesBenchmarkTest {
  @Test
  void bothChecksFindTheMeasuredYearsCompliant() {
    RulesBenchmark benchmark = new RulesBenchmark();
    benchmark.countyYears = 10;
    benchmark.setUp();

    assertEquals(10, benchmark.years.size());
    assertEquals(0, benchmark.policyCheck(Blackholes.outsideJmh()));
    assertEquals(0, benchmark.handWrittenCheck(Blackholes.outsideJmh()));
  }
}
