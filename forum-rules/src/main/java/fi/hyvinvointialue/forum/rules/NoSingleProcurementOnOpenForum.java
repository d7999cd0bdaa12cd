package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;

/**
 * TL-2.5: single procurements and service vouchers go to targeted events, never the open forum. The
 * general part of the voucher rulebooks (TL-3.3 a) and procurement planning (KE-2) are open-forum topics.
 */
final class NoSingleProcurementOnOpenForum extends EventRule {
  NoSingleProcurementOnOpenForum() {
    super("no-single-procurement-on-open-forum", "TL-2.5");
  }

  @Override
  void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    for (AgendaItem item : event.agenda()) {
      if (item.topic().belongsToTargetedEvent()) {
        findings.add(finding(Severity.VIOLATION, Subject.of(SubjectKind.AGENDA_ITEM, item.id()),
            ImmutableMap.of("item", item.title(), "topic", item.topic().name(),
                "start", event.start().toLocalDate().toString())));
      }
    }
  }
}
