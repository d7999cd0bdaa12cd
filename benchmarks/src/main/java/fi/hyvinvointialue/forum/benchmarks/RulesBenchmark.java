package fi.hyvinvointialue.forum.benchmarks;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Checking county-years with {@link PolicyCheck#standard()} against {@link HandWrittenCheck}, for
 * 1, 10, 100 and 1,000 county-years: the cost per year must not grow with the batch.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RulesBenchmark {
  @Param({"1", "10", "100", "1000"})
  public int countyYears;

  ImmutableList<Workloads.CountyYear> years;
  Instant now;
  PolicyCheck check;

  @Setup
  public void setUp() {
    years = Workloads.countyYears(countyYears);
    now = Workloads.now(Workloads.YEAR);
    check = PolicyCheck.standard();
  }

  /** Returns the number of findings, so that a test can see both checks agree. */
  @Benchmark
  public int policyCheck(Blackhole results) {
    int findings = 0;
    for (Workloads.CountyYear year : years) {
      CheckResult result = check.check(year.year(), year.profile(), now);
      results.consume(result);
      findings += result.findings().size();
    }
    return findings;
  }

  @Benchmark
  public int handWrittenCheck(Blackhole results) {
    int issues = 0;
    for (Workloads.CountyYear year : years) {
      List<HandWrittenCheck.Issue> result = HandWrittenCheck.check(year.year(), year.profile(), now);
      results.consume(result);
      issues += result.size();
    }
    return issues;
  }
}
