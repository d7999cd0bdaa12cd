package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/** TL-3.2: an annual clock is drawn up for the year. */
final class YearHasAnnualClock extends NamedRule {
  YearHasAnnualClock() {
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
