package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * TL-4.8: the memo goes for information to the boards, the regional board and the presenters: every
 * board the profile lists (or at least one board when it lists none), the regional board, and every
 * presenter of the event. Checked once the memo is published (a violation), or once it is late, the
 * county's days after the feedback window closed ({@link CheckContext#overdue}, INTERPRETATIONS.md, I-5).
 */
public final class MemoDeliveredToBoardsAndPresenters extends EventRule {
  public MemoDeliveredToBoardsAndPresenters() {
    super("memo-delivered-to-boards-and-presenters", "TL-4.8");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    if (event.memo().isEmpty()) {
      return;
    }
    Memo memo = event.memo().get();
    Optional<Severity> judged = memo.publishedAt().isPresent()
        ? Optional.of(Severity.VIOLATION)
        : context.overdue(event, context.calendar().memoDue(event));
    if (judged.isEmpty()) {
      return;
    }
    Severity severity = judged.get();
    if (context.profile().boards().isEmpty()) {
      if (!delivered(memo, RecipientKind.BOARD, null)) {
        findings.add(dayFinding("any-board", severity, Events.memoSubject(event), event));
      }
    } else {
      for (String board : context.profile().boards()) {
        if (!delivered(memo, RecipientKind.BOARD, board)) {
          findings.add(finding("board", severity, Events.memoSubject(event), ImmutableMap.of("start", Events.day(event), "recipient", board)));
        }
      }
    }
    if (!delivered(memo, RecipientKind.REGIONAL_BOARD, null)) {
      findings.add(finding("regional-board", severity, Events.memoSubject(event),
          ImmutableMap.of("start", Events.day(event), "recipient", context.profile().regionalBoard())));
    }
    Set<String> presenters = new TreeSet<>();
    for (AgendaItem item : event.agenda()) {
      item.presenter().map(Person::name).ifPresent(presenters::add);
    }
    for (String presenter : presenters) {
      if (!delivered(memo, RecipientKind.PRESENTER, presenter)) {
        findings.add(finding("presenter", severity, Events.memoSubject(event), ImmutableMap.of("start", Events.day(event), "recipient", presenter)));
      }
    }
  }

  /** Whether a delivery of that kind went out, to that recipient when one is named. */
  private static boolean delivered(Memo memo, RecipientKind kind, String recipient) {
    for (MemoDelivery delivery : memo.deliveries()) {
      if (delivery.recipientKind() == kind && (recipient == null || delivery.recipient().equals(recipient))) {
        return true;
      }
    }
    return false;
  }
}
