package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.ClockThemes;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.NamedRule;
import fi.hyvinvointialue.forum.rules.core.Names;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * TL-3.3: the clock covers the standing themes the profile lists, and an open forum takes each of them up
 * before the decision it feeds. The policy gives them "for example" (esimerkiksi), so a theme missing
 * from the clock, or on it but taken up by no forum in time, is a warning (INTERPRETATIONS.md, I-11).
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
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    Set<ThemeKind> missing = EnumSet.copyOf(context.profile().standingThemes());
    for (ClockTheme theme : clock.themes()) {
      missing.remove(theme.kind());
    }
    if (!missing.isEmpty()) {
      findings.add(finding(Severity.WARNING, Subject.of(SubjectKind.CLOCK, Integer.toString(clock.year())),
          ImmutableMap.of("year", Integer.toString(clock.year()), "missing", Names.ofEnums(missing))));
    }
    Set<String> takenUp = ClockThemes.takenUpInTime(clock, context.activeForums());
    Set<ThemeKind> coveredKinds = EnumSet.noneOf(ThemeKind.class);
    for (ClockTheme theme : clock.themes()) {
      if (takenUp.contains(theme.id())) {
        coveredKinds.add(theme.kind());
      }
    }
    for (ClockTheme theme : clock.themes()) {
      if (context.profile().standingThemes().contains(theme.kind()) && !coveredKinds.contains(theme.kind())) {
        findings.add(notTakenUp(clock, theme));
      }
    }
    return findings.build();
  }

  private Finding notTakenUp(AnnualClock clock, ClockTheme theme) {
    Subject subject = Subject.of(SubjectKind.CLOCK, theme.id());
    Optional<Decision> decision = ClockThemes.latestDecision(clock, theme);
    if (decision.isEmpty()) {
      return finding("not-taken-up", Severity.WARNING, subject, ImmutableMap.of("theme", theme.title()));
    }
    return finding("not-taken-up-before-decision", Severity.WARNING, subject, ImmutableMap.of("theme", theme.title(),
        "decision", decision.get().title(), "body", decision.get().bodyName(), "decided", decision.get().date().toString()));
  }
}
