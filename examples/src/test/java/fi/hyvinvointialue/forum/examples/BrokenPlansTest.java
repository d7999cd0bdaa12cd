package fi.hyvinvointialue.forum.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken example, named after the clause it breaks, breaks that clause and no other: its violations
 * are all of that clause, or, for a fault the policy makes advisory (a warning), it has no violation and
 * its warnings are all of that clause.
 */
class BrokenPlansTest {
  private static final Pattern CLAUSE = Pattern.compile("^((?:TL|KE)-\\d+(?:\\.\\d+)?)-");

  static List<Path> brokenPlans() throws IOException {
    try (Stream<Path> plans = Files.list(ExamplePlans.DIRECTORY.resolve("broken"))) {
      return plans.sorted().collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @MethodSource("brokenPlans")
  void violatesExactlyTheClauseItIsNamedAfter(Path plan) {
    Matcher clause = CLAUSE.matcher(plan.getFileName().toString());
    assertEquals(true, clause.find(), plan + " is not named after a clause");
    Plan read = new PlanFiles().read(plan);

    CheckResult result = PolicyCheck.standard().check(read.year(), read.profile(), ExamplePlans.AFTER_2026);
    Set<String> violated = clauses(result, Severity.VIOLATION);
    Set<String> broken = violated.isEmpty() ? clauses(result, Severity.WARNING) : violated;

    assertEquals(Set.of(clause.group(1)), broken, plan.toString());
  }

  private static Set<String> clauses(CheckResult result, Severity severity) {
    return result.withSeverity(severity).stream().map(Finding::clauseId).collect(Collectors.toSet());
  }
}
