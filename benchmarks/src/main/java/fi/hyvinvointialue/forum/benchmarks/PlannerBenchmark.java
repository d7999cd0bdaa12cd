package fi.hyvinvointialue.forum.benchmarks;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.planning.AnnualClockPlanner;
import fi.hyvinvointialue.forum.planning.ImmutablePlanningRequest;
import fi.hyvinvointialue.forum.planning.PlanningRequest;
import fi.hyvinvointialue.forum.planning.PlanningResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Planning a year from a real-sized decision calendar (issue 16: well under 100 ms): the council,
 * the regional board and the social and health board meeting monthly (36 meetings, one a month
 * each, the five standing themes' decisions among them), with the Keski-Suomi profile's five
 * standing themes and every default of the planner: the summer break and the fewest forums that fit.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PlannerBenchmark {
  static final int YEAR = 2027;

  AnnualClockPlanner planner;
  PlanningRequest request;

  @Setup
  public void setUp() {
    planner = new AnnualClockPlanner();
    request = ImmutablePlanningRequest.builder()
        .year(YEAR)
        .profile(KeskiSuomi.profile())
        .addAllDecisions(monthlyMeetings(YEAR))
        .build();
    if (!planner.plan(request).isFeasible()) {
      throw new IllegalStateException("the benchmark's calendar must be plannable");
    }
  }

  /**
   * A year of monthly meetings: the council on the second Monday, the regional board on the last
   * Monday, the board on the third Tuesday; the decisions the themes feed fall where a county
   * takes them (strategy in April, the welfare report in June, the voucher rulebook in October,
   * the procurement plan in November, the budget in December), every other meeting decides OTHER.
   */
  static ImmutableList<Decision> monthlyMeetings(int year) {
    List<Decision> decisions = new ArrayList<>();
    for (Month month : Month.values()) {
      LocalDate first = LocalDate.of(year, month, 1);
      decisions.add(meeting("valtuusto-" + month.getValue(), month == Month.DECEMBER ? DecisionKind.BUDGET
              : month == Month.JUNE ? DecisionKind.WELFARE_REPORT : DecisionKind.OTHER, BodyKind.COUNCIL, "aluevaltuusto",
          first.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY))));
      decisions.add(meeting("hallitus-" + month.getValue(), month == Month.APRIL ? DecisionKind.STRATEGY
              : month == Month.NOVEMBER ? DecisionKind.PROCUREMENT_PLAN : DecisionKind.OTHER, BodyKind.REGIONAL_BOARD,
          "aluehallitus", first.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
      decisions.add(meeting("lautakunta-" + month.getValue(), month == Month.OCTOBER ? DecisionKind.VOUCHER_RULEBOOK
              : DecisionKind.OTHER, BodyKind.BOARD, "sosiaali- ja terveyslautakunta",
          first.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY))));
    }
    return ImmutableList.copyOf(decisions);
  }

  private static Decision meeting(String id, DecisionKind kind, BodyKind body, String bodyName, LocalDate date) {
    return SampleYears.decision(id, bodyName + " " + date, kind, body, bodyName, date);
  }

  @Benchmark
  public PlanningResult planTheYear() {
    return planner.plan(request);
  }
}
