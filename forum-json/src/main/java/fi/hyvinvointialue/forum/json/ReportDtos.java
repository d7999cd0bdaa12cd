package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.ForumSummary;
import fi.hyvinvointialue.forum.rules.Verdict;
import fi.hyvinvointialue.forum.rules.YearReport;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The shape of a check report in JSON: what was checked, against what, when, and what was found. */
final class ReportDtos {
  private ReportDtos() {}

  record ProfileRefDto(String id, String version) {}

  record SubjectDto(SubjectKind kind, String id) {}

  record FindingDto(
      String clauseId, String ruleId, Severity severity, SubjectDto subject, Map<String, String> facts, String message) {
    static FindingDto of(Finding finding, Locale language) {
      return new FindingDto(finding.clauseId(), finding.ruleId(), finding.severity(),
          new SubjectDto(finding.subject().kind(), finding.subject().id()), finding.facts(), finding.message(language));
    }
  }

  record EventDto(
      String eventId, EventKind kind, String title, LocalDateTime start, EventStatus status, List<String> themeIds, int findings) {
    static EventDto of(ForumSummary event) {
      return new EventDto(event.eventId(), event.kind(), event.title(), event.start(), event.status(), event.themeIds(),
          event.findings());
    }
  }

  /**
   * A year's report: the check's verdict and findings with the year at a glance ({@link YearReport}).
   * Empty lists are written too: a report says "no goal missed" rather than leaving it out.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ReportDto(
      String source,
      String countyId,
      int year,
      ProfileRefDto profile,
      Instant checkedAt,
      String language,
      Verdict verdict,
      Map<Severity, Long> counts,
      int openForums,
      List<ThemeKind> themesCovered,
      List<ThemeKind> themesMissed,
      List<StrategicGoal> goalsCovered,
      List<StrategicGoal> goalsMissed,
      List<EventDto> events,
      List<FindingDto> findings) {
    static ReportDto of(String source, Plan plan, YearReport report, Locale language) {
      PolicyProfile profile = plan.profile();
      List<Finding> findings = report.findingsByClause().values().asList();
      Map<Severity, Long> counts = new TreeMap<>();
      for (Severity severity : Severity.values()) {
        counts.put(severity, findings.stream().filter(finding -> finding.severity() == severity).count());
      }
      return new ReportDto(source, report.countyId(), report.year(), new ProfileRefDto(profile.id(), profile.version()),
          report.checkedAt(), language.toLanguageTag(), report.verdict(), counts, report.openForums(),
          List.copyOf(report.themesCovered()), List.copyOf(report.themesMissed()), List.copyOf(report.goalsCovered()),
          List.copyOf(report.goalsMissed()), report.events().stream().map(EventDto::of).collect(Collectors.toList()),
          findings.stream().map(finding -> FindingDto.of(finding, language)).collect(Collectors.toList()));
    }
  }

  record ErrorDto(String source, int line, int column, String path, String problem) {
    static ErrorDto of(PlanFileError error) {
      return new ErrorDto(error.file(), error.line(), error.column(), error.path(), error.problem());
    }
  }
}
