package fi.hyvinvointialue.forum.rules.tl2;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * TL-2.1: the forum is a regular, long-term channel, so consecutive open forums are at most
 * {@code maxDaysBetweenForums} calendar days apart (INTERPRETATIONS.md, I-8), and forums closer than
 * {@code minDaysBetweenForums} are bunched, a warning (I-22).
 */
public final class ForumsSpreadOverTheYear extends NamedRule {
  public ForumsSpreadOverTheYear() {
    super("forums-spread-over-the-year", "TL-2.1");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    PolicyCalendar calendar = context.calendar();
    List<ForumEvent> forums = context.activeForums();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (int i = 1; i < forums.size(); i++) {
      LocalDate previous = forums.get(i - 1).start().toLocalDate();
      LocalDate next = forums.get(i).start().toLocalDate();
      String days = Long.toString(HelsinkiTime.daysBetween(previous, next));
      if (next.isAfter(calendar.latestNextForum(previous))) {
        findings.add(finding(Severity.VIOLATION, Events.subject(forums.get(i)), ImmutableMap.of("previous", previous.toString(),
            "start", next.toString(), "days", days, "limit", Integer.toString(calendar.maxDaysBetweenForums()))));
      } else if (next.isBefore(calendar.earliestNextForum(previous))) {
        findings.add(finding("bunched", Severity.WARNING, Events.subject(forums.get(i)), ImmutableMap.of("previous",
            previous.toString(), "start", next.toString(), "days", days,
            "minimum", Integer.toString(calendar.minDaysBetweenForums()))));
      }
    }
    return findings.build();
  }
}
