package fi.hyvinvointialue.forum.adapters.json;

import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.CheckResult;
import fi.hyvinvointialue.forum.rules.Finding;
import fi.hyvinvointialue.forum.rules.Severity;
import fi.hyvinvointialue.forum.rules.SubjectKind;
import fi.hyvinvointialue.forum.rules.Verdict;
import java.time.Instant;
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

  record ReportDto(
      String source,
      String countyId,
      int year,
      ProfileRefDto profile,
      Instant checkedAt,
      String language,
      Verdict verdict,
      Map<Severity, Long> counts,
      List<FindingDto> findings) {
    static ReportDto of(String source, Plan plan, Instant checkedAt, CheckResult result, Locale language) {
      PolicyProfile profile = plan.profile();
      Map<Severity, Long> counts = new TreeMap<>();
      for (Severity severity : Severity.values()) {
        counts.put(severity, (long) result.withSeverity(severity).size());
      }
      return new ReportDto(source, plan.year().countyId(), plan.year().year(),
          new ProfileRefDto(profile.id(), profile.version()), checkedAt, language.toLanguageTag(), result.verdict(), counts,
          result.findings().stream().map(finding -> FindingDto.of(finding, language)).collect(Collectors.toList()));
    }
  }

  record ErrorDto(String source, int line, int column, String path, String problem) {
    static ErrorDto of(PlanFileError error) {
      return new ErrorDto(error.file(), error.line(), error.column(), error.path(), error.problem());
    }
  }
}
