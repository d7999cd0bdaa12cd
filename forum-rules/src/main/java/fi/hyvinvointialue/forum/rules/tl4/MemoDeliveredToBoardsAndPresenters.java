package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.profile.MemoRecipient;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.util.Optional;

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
    for (MemoRecipient recipient : MemoRecipient.of(context.profile(), event)) {
      if (recipient.reachedBy(memo)) {
        continue;
      }
      switch (recipient.kind()) {
        case BOARD -> findings.add(recipient.name().isEmpty()
            ? dayFinding("any-board", severity, Events.memoSubject(event), event)
            : finding("board", severity, Events.memoSubject(event),
                ImmutableMap.of("start", Events.day(event), "recipient", recipient.name().get())));
        case REGIONAL_BOARD -> findings.add(finding("regional-board", severity, Events.memoSubject(event),
            ImmutableMap.of("start", Events.day(event), "recipient", context.profile().regionalBoard())));
        default -> findings.add(finding("presenter", severity, Events.memoSubject(event),
            ImmutableMap.of("start", Events.day(event), "recipient", recipient.name().orElse(""))));
      }
    }
  }
}
