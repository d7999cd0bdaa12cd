package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Names;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * TL-3.3: the clock covers the standing themes the profile lists. The policy gives them "for example"
 * (esimerkiksi), so a missing one is a warning.
 */
public final class ClockCoversStandingThemes extends NamedRule {
  public ClockCoversStandingThemes() {
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
