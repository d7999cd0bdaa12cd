package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;

/** TL-2.4: every item of an open forum names the strategic goals it serves, so the year can be measured by them. */
final class AgendaItemsNameStrategicGoals extends EventRule {
  AgendaItemsNameStrategicGoals() {
    super("agenda-items-name-strategic-goals", "TL-2.4");
  }

  @Override
  void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    for (AgendaItem item : event.agenda()) {
      if (item.strategicGoals().isEmpty()) {
        findings.add(finding(Severity.VIOLATION, Subject.of(SubjectKind.AGENDA_ITEM, item.id()),
            ImmutableMap.of("item", item.title(), "start", event.start().toLocalDate().toString())));
      }
    }
  }
}
