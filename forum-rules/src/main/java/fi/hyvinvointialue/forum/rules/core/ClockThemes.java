package fi.hyvinvointialue.forum.rules.core;

import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The clock's themes and the decisions they feed, read the same way by the rules of TL-3.3 and by the
 * year report (INTERPRETATIONS.md, I-11).
 */
public final class ClockThemes {
  private ClockThemes() {}

  /** The latest decision the theme feeds: the one a forum on the theme comes before. */
  public static Optional<Decision> latestDecision(AnnualClock clock, ClockTheme theme) {
    Decision latest = null;
    for (String id : theme.decisionIds()) {
      Decision decision = clock.decision(id).orElse(null);
      if (decision != null && (latest == null || decision.date().isAfter(latest.date()))) {
        latest = decision;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * The ids of the clock's themes that one of the forums took up before the day of the theme's latest
   * decision, or at all when the theme feeds no decision.
   */
  public static Set<String> takenUpInTime(AnnualClock clock, Collection<ForumEvent> forums) {
    Set<String> taken = new HashSet<>();
    for (ForumEvent forum : forums) {
      for (AgendaItem item : forum.agenda()) {
        Optional<ClockTheme> theme = item.themeId().flatMap(clock::theme);
        if (theme.isPresent() && latestDecision(clock, theme.get())
            .map(decision -> forum.start().toLocalDate().isBefore(decision.date())).orElse(true)) {
          taken.add(theme.get().id());
        }
      }
    }
    return taken;
  }
}
