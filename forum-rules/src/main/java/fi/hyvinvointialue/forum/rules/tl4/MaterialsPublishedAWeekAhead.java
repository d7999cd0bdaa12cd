package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.LocalDate;

/**
 * TL-4.1: each forum's content, agenda and background material are on the website no later than
 * {@code publicationLeadDays} calendar days (Helsinki) before it starts. A material not yet
 * published is a violation only once its deadline has passed.
 */
public final class MaterialsPublishedAWeekAhead extends EventRule {
  public MaterialsPublishedAWeekAhead() {
    super("materials-published-a-week-ahead", "TL-4.1");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    int lead = context.calendar().publicationLeadDays();
    LocalDate start = event.start().toLocalDate();
    LocalDate deadline = context.calendar().materialsDue(start);
    for (MaterialKind material : context.profile().requiredMaterials()) {
      LocalDate published = null;
      for (Publication publication : event.publications()) {
        LocalDate day = publication.publishedAt().toLocalDate();
        if (publication.material() == material && publication.channel() == context.profile().publicationChannel()
            && (published == null || day.isBefore(published))) {
          published = day;
        }
      }
      if (published == null) {
        if (context.isDue(deadline.plusDays(1).atStartOfDay())) {
          findings.add(finding("missing", Severity.VIOLATION, Events.subject(event),
              ImmutableMap.of("material", material.name(), "start", start.toString(), "deadline", deadline.toString(),
                  "required", Integer.toString(lead))));
        }
      } else if (published.isAfter(deadline)) {
        findings.add(finding(Severity.VIOLATION, Events.subject(event),
            ImmutableMap.of("material", material.name(), "start", start.toString(), "deadline", deadline.toString(),
                "required", Integer.toString(lead), "published", published.toString(),
                "days", Long.toString(HelsinkiTime.daysBetween(published, start)))));
      }
    }
  }
}
