package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * TL-3.3: the clock covers the standing themes the profile lists. The policy gives them "for example"
 * (esimerkiksi), so a missing one is a warning.
 */
final class ClockCoversStandingThemes extends NamedRule {
  ClockCoversStandingThemes() {
    super("clock-covers-standing-themes", "TL-3.3");
  }

  @Override
  public ImmutableList<Finding> check(CheckContext context) {
    if (context.year().clock().isEmpty() || context.profile().standingThemes().isEmpty()) {
      return ImmutableList.of();
    }
    AnnualClock clock = context.year().clock().get();
    Set<ThemeKind> missing = EnumSet.copyOf(context.profile().standingThemes());
    for (ClockTheme theme : clock.themes()) {
      missing.remove(theme.kind());
    }
    if (missing.isEmpty()) {
      return ImmutableList.of();
    }
    return ImmutableList.of(finding(Severity.WARNING, Subject.of(SubjectKind.CLOCK, Integer.toString(clock.year())),
        ImmutableMap.of("year", Integer.toString(clock.year()), "missing", Names.ofEnums(missing))));
  }
}
