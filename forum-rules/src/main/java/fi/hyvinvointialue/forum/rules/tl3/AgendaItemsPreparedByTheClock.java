package fi.hyvinvointialue.forum.rules.tl3;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;

/**
 * TL-3.2: items are prepared by the annual clock, so every item of an open forum is placed under one of
 * its themes. Without a clock this rule is silent: {@link YearHasAnnualClock} reports the one cause.
 */
public final class AgendaItemsPreparedByTheClock extends EventRule {
  public AgendaItemsPreparedByTheClock() {
    super("agenda-items-prepared-by-the-clock", "TL-3.2");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (context.year().clock().isEmpty()) {
      return;
    }
    for (AgendaItem item : event.agenda()) {
      if (item.themeId().isEmpty()) {
        findings.add(finding(Severity.VIOLATION, Subject.of(SubjectKind.AGENDA_ITEM, item.id()),
            ImmutableMap.of("item", item.title(), "start", event.start().toLocalDate().toString())));
      }
    }
  }
}
