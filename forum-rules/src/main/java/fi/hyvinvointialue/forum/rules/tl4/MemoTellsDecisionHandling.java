package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.MemoItem;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;

/** TL-4.9: the memo tells, for every item on the agenda, how it is handled in decision-making. */
public final class MemoTellsDecisionHandling extends EventRule {
  public MemoTellsDecisionHandling() {
    super("memo-tells-decision-handling", "TL-4.9");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (event.memo().isEmpty()) {
      return;
    }
    ImmutableList<MemoItem> told = event.memo().get().items();
    for (AgendaItem item : event.agenda()) {
      if (!tells(told, item.id())) {
        findings.add(finding(Severity.VIOLATION, Subject.of(SubjectKind.AGENDA_ITEM, item.id()),
            ImmutableMap.of("item", item.title(), "start", event.start().toLocalDate().toString())));
      }
    }
  }

  private static boolean tells(ImmutableList<MemoItem> told, String agendaItemId) {
    for (MemoItem item : told) {
      if (item.agendaItemId().equals(agendaItemId) && !item.decisionHandling().isBlank()) {
        return true;
      }
    }
    return false;
  }
}
