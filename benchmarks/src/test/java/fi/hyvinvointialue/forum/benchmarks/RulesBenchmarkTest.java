package fi.hyvinvointialue.forum.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hyvinvointialue.forum.rules.PolicyCheck;
import org.junit.jupiter.api.Test;

/** Runs each rules benchmark once: both checks look at every county-year ({@link HandWrittenCheckTest} compares what they find). */
class RulesBenchmarkTest {
  @Test
  void bothChecksCheckEveryCountyYearAlike() {
    RulesBenchmark benchmark = new RulesBenchmark();
    benchmark.countyYears = 10;
    benchmark.setUp();
    Workloads.CountyYear first = benchmark.years.get(0);
    int findings = PolicyCheck.standard().check(first.year(), first.profile(), benchmark.now).findings().size();
    int issues = HandWrittenCheck.check(first.year(), first.profile(), benchmark.now).size();

    assertEquals(10, benchmark.years.stream().map(year -> year.year().countyId()).distinct().count());
    assertEquals(10 * findings, benchmark.policyCheck(Blackholes.outsideJmh()));
    assertEquals(10 * issues, benchmark.handWrittenCheck(Blackholes.outsideJmh()));
  }
}
