package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Severity;

/** TL-3.2: an annual clock is drawn up for the year. */
public final class YearHasAnnualClock extends NamedRule {
  public YearHasAnnualClock() {
    super("year-has-annual-clock", "TL-3.2");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    if (context.year().clock().isPresent()) {
      return ImmutableList.of();
    }
    return ImmutableList.of(finding(Severity.VIOLATION, Events.subject(context.year()),
        ImmutableMap.of("year", Integer.toString(context.year().year()))));
  }
}
