package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import java.time.LocalDateTime;

/** What the operations read and check on the record: its parts, or the refusal when a part is missing. */
final class Records {
  private Records() {}

  static ForumYear schedule(ForumYear year, EventPlan plan) {
    if (year.event(plan.id()).isPresent()) {
      throw new Refusal(RefusalReason.DUPLICATE_EVENT, plan.id(), "an event with this id is already in the year");
    }
    if (plan.start().getYear() != year.year()) {
      throw new Refusal(RefusalReason.EVENT_OUTSIDE_YEAR, plan.id(),
          "it starts " + plan.start() + ", outside the year " + year.year());
    }
    ForumEvent event =
        ImmutableForumEvent.builder()
            .id(plan.id())
            .kind(plan.kind())
            .title(plan.title())
            .start(plan.start())
            .end(plan.end())
            .access(plan.access())
            .venue(plan.venue())
            .remoteConnection(plan.remoteConnection())
            .convener(plan.convener())
            .chair(plan.chair())
            .secretary(plan.secretary())
            .additionalReason(plan.additionalReason())
            .build();
    return ImmutableForumYear.copyOf(year).withEvents(append(year.events(), event));
  }

  static ForumEvent event(ForumYear year, String id) {
    return year.event(id).orElseThrow(() ->
        new Refusal(RefusalReason.UNKNOWN_EVENT, id, "no such event in " + year.countyId() + "/" + year.year()));
  }

  /** The year with the event in place of its earlier version; the store stamps when it changed. */
  static ForumYear replace(ForumYear year, ForumEvent event) {
    return ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(earlier -> earlier.id().equals(event.id()) ? event : earlier)
        .collect(ImmutableList.toImmutableList()));
  }

  /** The event at another time; the order of the two changes keeps its end after its start throughout. */
  static ImmutableForumEvent retimed(ForumEvent event, LocalDateTime start, LocalDateTime end) {
    ImmutableForumEvent copy = ImmutableForumEvent.copyOf(event);
    return start.isAfter(event.start()) ? copy.withEnd(end).withStart(start) : copy.withStart(start).withEnd(end);
  }

  static void notCancelled(ForumEvent event) {
    if (event.status() == EventStatus.CANCELLED) {
      throw new Refusal(RefusalReason.EVENT_CANCELLED, event.id(), "the event is cancelled");
    }
  }

  static void stillPlanned(ForumEvent event) {
    notCancelled(event);
    if (event.status() == EventStatus.HELD) {
      throw new Refusal(RefusalReason.EVENT_ALREADY_HELD, event.id(), "the event has been held");
    }
  }

  static FeedbackWindow openWindow(ForumEvent event, LocalDateTime now) {
    FeedbackWindow window = event.feedbackWindow().orElseThrow(() ->
        new Refusal(RefusalReason.NO_FEEDBACK_WINDOW, event.id(), "the event has no feedback window"));
    if (now.isBefore(window.opensAt()) || !now.isBefore(window.closesAt())) {
      throw new Refusal(RefusalReason.FEEDBACK_WINDOW_NOT_OPEN, event.id(),
          "the window is open " + window.opensAt() + "–" + window.closesAt() + ", it is now " + now);
    }
    return window;
  }

  static Memo memo(ForumEvent event) {
    return event.memo().orElseThrow(() -> new Refusal(RefusalReason.NO_MEMO, event.id(), "no memo has been drafted"));
  }

  /** A memo that has gone out, published or delivered, is not redrafted or reviewed again. */
  static void notOut(ForumEvent event, Memo memo) {
    if (memo.publishedAt().isPresent() || !memo.deliveries().isEmpty()) {
      throw new Refusal(RefusalReason.MEMO_ALREADY_PUBLISHED, event.id(), "the memo has already gone out");
    }
  }

  static Memo reviewedMemo(ForumEvent event) {
    Memo memo = memo(event);
    if (memo.reviewedAt().isEmpty()) {
      throw new Refusal(RefusalReason.MEMO_NOT_REVIEWED, event.id(),
          "the working group has not reviewed the memo; it must before the memo goes out");
    }
    return memo;
  }

  static PartnershipAgreement agreement(ForumYear year, String what) {
    return year.partnershipAgreement().orElseThrow(() ->
        new Refusal(RefusalReason.NO_AGREEMENT, what, "register the partnership agreement first"));
  }

  static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
    return ImmutableList.<T>builder().addAll(list).add(element).build();
  }}
