package fi.hyvinvointialue.forum.domain.profile;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One recipient the memo of an event must reach (TL-4.8): each board the profile names (or any board
 * when it names none), the regional board, and each presenter of the event. The rule that checks the
 * deliveries and the secretary's to-do list both ask this, so they never disagree about who is owed one.
 *
 * @param kind the kind of recipient
 * @param name the board's or presenter's name; empty for "any board" and for the regional board, which
 *     a delivery of the kind satisfies whatever name it carries
 */
public record MemoRecipient(RecipientKind kind, Optional<String> name) {
  /** Every recipient the memo of the event is owed to under the profile, boards first. */
  public static ImmutableList<MemoRecipient> of(PolicyProfile profile, ForumEvent event) {
    ImmutableList.Builder<MemoRecipient> recipients = ImmutableList.builder();
    if (profile.boards().isEmpty()) {
      recipients.add(new MemoRecipient(RecipientKind.BOARD, Optional.empty()));
    } else {
      profile.boards().forEach(board -> recipients.add(new MemoRecipient(RecipientKind.BOARD, Optional.of(board))));
    }
    recipients.add(new MemoRecipient(RecipientKind.REGIONAL_BOARD, Optional.empty()));
    TreeSet<String> presenters = new TreeSet<>();
    for (AgendaItem item : event.agenda()) {
      item.presenter().map(Person::name).ifPresent(presenters::add);
    }
    presenters.forEach(presenter -> recipients.add(new MemoRecipient(RecipientKind.PRESENTER, Optional.of(presenter))));
    return recipients.build();
  }

  /** Whether the memo goes out to this recipient, as the record has it (planned deliveries included). */
  public boolean reachedBy(Memo memo) {
    return reachedBy(memo, LocalDateTime.MAX);
  }

  /** Whether the memo had gone out to this recipient by the Helsinki time {@code asOf}. */
  public boolean reachedBy(Memo memo, LocalDateTime asOf) {
    for (MemoDelivery delivery : memo.deliveries()) {
      if (delivery.recipientKind() == kind && name.map(delivery.recipient()::equals).orElse(true)
          && !delivery.deliveredAt().isAfter(asOf)) {
        return true;
      }
    }
    return false;
  }
}
