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

/**
 * TL-2.5: single procurements and service vouchers go to targeted events, never the open forum. The
 * general part of the voucher rulebooks (TL-3.3 a) and procurement planning (KE-2) are open-forum topics.
 */
public final class NoSingleProcurementOnOpenForum extends EventRule {
  public NoSingleProcurementOnOpenForum() {
    super("no-single-procurement-on-open-forum", "TL-2.5");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    for (AgendaItem item : event.agenda()) {
      if (item.topic().belongsToTargetedEvent()) {
        findings.add(finding(Severity.VIOLATION, Subject.of(SubjectKind.AGENDA_ITEM, item.id()),
            ImmutableMap.of("item", item.title(), "topic", item.topic().name(),
                "start", event.start().toLocalDate().toString())));
      }
    }
  }
}
