package fi.hyvinvointialue.forum.cli;

import com.google.common.collect.ImmutableListMultimap;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.pages.CheckedYear;
import fi.hyvinvointialue.forum.pages.ClauseText;
import fi.hyvinvointialue.forum.pages.Labels;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** A check's findings as plain text: a heading, the verdict, then one block per clause. */
final class CheckTable {
  private final Labels labels;

  CheckTable(Labels labels) {
    this.labels = labels;
  }

  String render(String source, CheckedYear checked) {
    Instant now = checked.now();
    CheckResult result = checked.result();
    StringBuilder text = new StringBuilder();
    text.append(source).append('\n');
    text.append("  ").append(checked.profile().county().name().in(labels.language())).append(' ')
        .append(checked.year().year()).append(" · ")
        .append(labels.get("profile", checked.profile().id(), checked.profile().version())).append(" · ")
        .append(labels.get("checkedAt", HelsinkiTime.wallTime(now).withNano(0).toString().replace('T', ' ')))
        .append('\n');
    text.append("  ").append(labels.of(result.verdict())).append(" (")
        .append(labels.get("counts", result.withSeverity(Severity.VIOLATION).size(),
            result.withSeverity(Severity.WARNING).size(), result.withSeverity(Severity.NOTICE).size()))
        .append(")\n");
    ImmutableListMultimap<String, Finding> byClause = result.byClause();
    for (String clause : byClause.keySet()) {
      text.append('\n').append("  ").append(ClauseText.heading(clause, labels.language())).append('\n');
      for (Finding finding : byClause.get(clause)) {
        text.append("    ").append(pad(labels.of(finding.severity()), 10)).append(' ')
            .append(labels.of(finding.subject().kind())).append(' ').append(finding.subject().id()).append('\n');
        text.append("      ").append(finding.message(labels.language())).append('\n');
        text.append("      ").append(facts(finding.facts())).append('\n');
      }
    }
    return text.append('\n').toString();
  }

  private static String facts(Map<String, String> facts) {
    return facts.entrySet().stream().map(fact -> fact.getKey() + "=" + fact.getValue()).collect(Collectors.joining("  "));
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
