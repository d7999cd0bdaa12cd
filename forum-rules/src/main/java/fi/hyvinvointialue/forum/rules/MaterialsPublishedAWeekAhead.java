package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Publication;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * TL-4.1: each forum's content, agenda and background material are on the website no later than
 * {@code publicationLeadDays} calendar days (Helsinki) before it starts. A material not yet
 * published is a violation only once its deadline has passed.
 */
final class MaterialsPublishedAWeekAhead implements Rule {
  @Override
  public String id() {
    return "materials-published-a-week-ahead";
  }

  @Override
  public String clauseId() {
    return "TL-4.1";
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    int lead = context.profile().publicationLeadDays();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (ForumEvent event : context.year().events()) {
      if (!event.isOpenForum() || event.status() == EventStatus.CANCELLED) {
        continue;
      }
      LocalDate start = event.start().toLocalDate();
      LocalDate deadline = start.minusDays(lead);
      for (MaterialKind material : context.profile().requiredMaterials()) {
        Optional<LocalDate> published =
            event.publications().stream()
                .filter(publication -> publication.material() == material)
                .filter(publication -> publication.channel() == context.profile().publicationChannel())
                .map(Publication::publishedAt)
                .min(Comparator.naturalOrder())
                .map(at -> at.toLocalDate());
        if (published.isEmpty() && context.isDue(deadline.plusDays(1).atStartOfDay())) {
          findings.add(Findings.of(this, id() + ".missing", Severity.VIOLATION, Subject.of(SubjectKind.EVENT, event.id()),
              ImmutableMap.of("material", material.name(), "start", start.toString(), "deadline", deadline.toString(),
                  "required", Integer.toString(lead))));
        }
        published
            .filter(day -> day.isAfter(deadline))
            .ifPresent(day -> findings.add(Findings.of(this, Severity.VIOLATION, Subject.of(SubjectKind.EVENT, event.id()),
                ImmutableMap.of("material", material.name(), "start", start.toString(), "deadline", deadline.toString(),
                    "required", Integer.toString(lead), "published", day.toString(),
                    "days", Long.toString(HelsinkiTime.daysBetween(day, start))))));
      }
    }
    return findings.build();
  }
}
