package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionPath;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.ClockThemes;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * TL-3.3: a standing theme falls before the decision it feeds (as TL-4.2 times the forums by the
 * decision-making calendar), so an item is discussed at least
 * {@code decisionMarginDays} before the decision it feeds: the item's own decision, or else the latest
 * decision its clock theme feeds (INTERPRETATIONS.md, I-11).
 */
public final class ForumsBeforeTheDecisionsTheyFeed extends EventRule {
  public ForumsBeforeTheDecisionsTheyFeed() {
    super("forums-before-the-decisions-they-feed", "TL-3.3");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (context.year().clock().isEmpty()) {
      return;
    }
    AnnualClock clock = context.year().clock().get();
    int margin = context.calendar().decisionMarginDays();
    LocalDate day = event.start().toLocalDate();
    for (AgendaItem item : event.agenda()) {
      Optional<Decision> fed = fedDecision(clock, item);
      if (fed.isEmpty()) {
        continue;
      }
      Decision decision = fed.get();
      long days = HelsinkiTime.daysBetween(day, decision.date());
      if (day.isAfter(context.calendar().lastForumDayFor(decision.date()))) {
        findings.add(finding(Severity.VIOLATION, Subject.of(SubjectKind.AGENDA_ITEM, item.id()),
            ImmutableMap.<String, String>builder().put("item", item.title()).put("start", day.toString())
                .put("decision", decision.title()).put("body", decision.bodyName())
                .put("decided", decision.date().toString()).put("days", Long.toString(days))
                .put("margin", Integer.toString(margin)).build()));
      }
    }
  }

  private static Optional<Decision> fedDecision(AnnualClock clock, AgendaItem item) {
    Optional<String> own = item.decisionPath().flatMap(DecisionPath::decisionId);
    if (own.isPresent()) {
      return clock.decision(own.get());
    }
    return item.themeId().flatMap(clock::theme).flatMap(theme -> ClockThemes.latestDecision(clock, theme));
  }
}
