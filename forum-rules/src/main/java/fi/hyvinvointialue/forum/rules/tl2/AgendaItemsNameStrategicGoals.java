package fi.hyvinvointialue.forum.rules.tl2;

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

/** TL-2.4: every item of an open forum names the strategic goals it serves, so the year can be measured by them. */
public final class AgendaItemsNameStrategicGoals extends EventRule {
  public AgendaItemsNameStrategicGoals() {
    super("agenda-items-name-strategic-goals", "TL-2.4");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    for (AgendaItem item : event.agenda()) {
      if (item.strategicGoals().isEmpty()) {
        findings.add(finding(Severity.VIOLATION, Subject.of(SubjectKind.AGENDA_ITEM, item.id()),
            ImmutableMap.of("item", item.title(), "start", event.start().toLocalDate().toString())));
      }
    }
  }
}
