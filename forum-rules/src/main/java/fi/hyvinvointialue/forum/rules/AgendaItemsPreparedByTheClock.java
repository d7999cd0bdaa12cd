package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;

/**
 * TL-3.2: items are prepared by the annual clock, so every item of an open forum is placed under one of
 * its themes. Without a clock this rule is silent: {@link YearHasAnnualClock} reports the one cause.
 */
final class AgendaItemsPreparedByTheClock extends EventRule {
  AgendaItemsPreparedByTheClock() {
    super("agenda-items-prepared-by-the-clock", "TL-3.2");
  }

  @Override
  void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
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
