package fi.hyvinvointialue.forum.rules.ke;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * KE-2: regular, forward-looking dialogue on procurement planning: the clock has a procurement-strategy
 * dialogue theme, and an open forum takes it up before the year's first procurement-plan decision (any
 * time in the year when the clock has none). Single procurements still stay out (TL-2.5).
 */
public final class ProcurementDialogueBeforeThePlan extends ProposalRule {
  public ProcurementDialogueBeforeThePlan() {
    super("procurement-dialogue-before-the-plan", "KE-2");
  }

  @Override
  ImmutableList<Finding> checkAdopted(CheckContext context) {
    if (context.year().clock().isEmpty()) {
      return ImmutableList.of();
    }
    AnnualClock clock = context.year().clock().get();
    Subject subject = Subject.of(SubjectKind.CLOCK, Integer.toString(clock.year()));
    Set<String> dialogueThemes = new HashSet<>();
    for (ClockTheme theme : clock.themes()) {
      if (theme.kind() == ThemeKind.PROCUREMENT_STRATEGY_DIALOGUE) {
        dialogueThemes.add(theme.id());
      }
    }
    if (dialogueThemes.isEmpty()) {
      return ImmutableList.of(finding("no-theme", Severity.VIOLATION, subject,
          ImmutableMap.of("year", Integer.toString(clock.year()))));
    }
    LocalDate planDecided = null;
    for (Decision decision : clock.decisions()) {
      if (decision.kind() == DecisionKind.PROCUREMENT_PLAN && (planDecided == null || decision.date().isBefore(planDecided))) {
        planDecided = decision.date();
      }
    }
    for (ForumEvent event : context.year().events()) {
      if (Events.isActiveForum(event) && (planDecided == null || event.start().toLocalDate().isBefore(planDecided))
          && discusses(event, dialogueThemes)) {
        return ImmutableList.of();
      }
    }
    return ImmutableList.of(finding(Severity.VIOLATION, subject,
        ImmutableMap.of("year", Integer.toString(clock.year()), "decided", planDecided == null ? "-" : planDecided.toString())));
  }

  private static boolean discusses(ForumEvent event, Set<String> themes) {
    for (AgendaItem item : event.agenda()) {
      if (item.themeId().isPresent() && themes.contains(item.themeId().get())) {
        return true;
      }
    }
    return false;
  }
}
