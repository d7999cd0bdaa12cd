package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * TL-4.2: at least {@code minForumsPerYear} open forums, held or planned, in the calendar year. In a
 * year the profile is in force for only in part, the forums in force count against a minimum pro-rated
 * by days in force and rounded up (INTERPRETATIONS.md, I-3).
 */
public final class EnoughForumsAYear extends NamedRule {
  public EnoughForumsAYear() {
    super("enough-forums-a-year", "TL-4.2");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    int required = required(context.profile(), context.year().year());
    int held = 0;
    for (ForumEvent forum : context.activeForums()) {
      if (context.profile().inForceOn(forum.start().toLocalDate())) {
        held++;
      }
    }
    if (held >= required) {
      return ImmutableList.of();
    }
    return ImmutableList.of(finding(Severity.VIOLATION, Events.subject(context.year()),
        ImmutableMap.of("year", Integer.toString(context.year().year()), "count", Integer.toString(held),
            "required", Integer.toString(required), "min", Integer.toString(context.profile().minForumsPerYear()))));
  }

  public static int required(PolicyProfile profile, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    LocalDate from = profile.validFrom().isAfter(first) ? profile.validFrom() : first;
    LocalDate until = profile.validUntil().filter(day -> day.isBefore(last)).orElse(last);
    if (until.isBefore(from)) {
      return 0;
    }
    long inForce = ChronoUnit.DAYS.between(from, until) + 1;
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    return (int) ((profile.minForumsPerYear() * inForce + days - 1) / days);
  }
}
