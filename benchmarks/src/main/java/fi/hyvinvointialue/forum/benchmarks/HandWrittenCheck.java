package fi.hyvinvointialue.forum.benchmarks;

import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules' baseline: the clauses {@code PolicyCheck.standard()} checks, written as one would
 * without the library, in a single pass of plain loops over the year. It makes the same
 * comparisons on the same fields, but reports bare issues: no facts, no messages, no sorting.
 * {@code HandWrittenCheckTest} holds it to finding exactly what the rules find.
 */
final class HandWrittenCheck {
  /** A departure from the policy: the rule's message key, and the id of the record it is about. */
  record Issue(String key, String subject) {}

  private HandWrittenCheck() {}

  static List<Issue> check(ForumYear year, PolicyProfile profile, Instant now) {
    List<Issue> issues = new ArrayList<>();
    LocalDateTime helsinkiNow = HelsinkiTime.wallTime(now);
    int lead = profile.publicationLeadDays();
    for (ForumEvent event : year.events()) {
      if (event.isOpenForum() && event.status() != EventStatus.CANCELLED) {
        LocalDate deadline = event.start().toLocalDate().minusDays(lead);
        for (MaterialKind material : profile.requiredMaterials()) {
          LocalDate first = null;
          for (Publication publication : event.publications()) {
            if (publication.material() == material && publication.channel() == profile.publicationChannel()) {
              LocalDate day = publication.publishedAt().toLocalDate();
              if (first == null || day.isBefore(first)) {
                first = day;
              }
            }
          }
          if (first == null) {
            if (!helsinkiNow.isBefore(deadline.plusDays(1).atStartOfDay())) {
              issues.add(new Issue("materials-published-a-week-ahead.missing", event.id()));
            }
          } else if (first.isAfter(deadline)) {
            issues.add(new Issue("materials-published-a-week-ahead", event.id()));
          }
        }
      }
    }
    return issues;
  }
}
