package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.Announcement;
import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableAnnouncement;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutableMemoDelivery;
import fi.hyvinvointialue.forum.domain.ImmutableOrganisation;
import fi.hyvinvointialue.forum.domain.ImmutablePerson;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.profile.ImmutableCounty;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Rule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Test-side edits of a plan: change one event, one memo, or move an event in time with its whole record. */
final class Plans {
  /** After every year the tests use: every deadline has passed and every record is due. */
  static final Instant LONG_AFTER = Instant.parse("2045-02-01T00:00:00Z");

  private Plans() {}

  static CheckContext context(ForumYear year, PolicyProfile profile) {
    return CheckContext.of(year, profile, LONG_AFTER);
  }

  static ImmutableList<Finding> check(Rule rule, ForumYear year, PolicyProfile profile) {
    return rule.check(context(year, profile));
  }

  /** The year's first open forum that is not cancelled. */
  static ForumEvent earliestForum(ForumYear year) {
    return year.events().stream().filter(Events::isActiveForum).min(Events.CHRONOLOGICAL).orElseThrow();
  }

  static ForumYear withEvent(ForumYear year, String id, UnaryOperator<ForumEvent> change) {
    return ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> event.id().equals(id) ? change.apply(event) : event)
        .collect(ImmutableList.toImmutableList()));
  }

  static ForumYear withEarliestForum(ForumYear year, UnaryOperator<ForumEvent> change) {
    return withEvent(year, earliestForum(year).id(), change);
  }

  static ForumYear withEvents(ForumYear year, Predicate<ForumEvent> which, UnaryOperator<ForumEvent> change) {
    return ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> which.test(event) ? change.apply(event) : event)
        .collect(ImmutableList.toImmutableList()));
  }

  static UnaryOperator<ForumEvent> memo(UnaryOperator<ImmutableMemo> change) {
    return event -> ImmutableForumEvent.copyOf(event).withMemo(change.apply(ImmutableMemo.copyOf(event.memo().orElseThrow())));
  }

  static UnaryOperator<ForumEvent> agendaItem(int index, UnaryOperator<AgendaItem> change) {
    return event -> {
      ImmutableList.Builder<AgendaItem> agenda = ImmutableList.builder();
      for (int i = 0; i < event.agenda().size(); i++) {
        agenda.add(i == index ? change.apply(event.agenda().get(i)) : event.agenda().get(i));
      }
      return ImmutableForumEvent.copyOf(event).withAgenda(agenda.build());
    };
  }

  /** An illustrative business ID (a valid check digit, no real county's) for the county of a test profile. */
  static final String COUNTY_BUSINESS_ID = "1234567-1";
  /** Another county's, as illustrative. */
  static final String OTHER_COUNTY_BUSINESS_ID = "7654321-2";

  /** The profile with {@link #COUNTY_BUSINESS_ID} on record for its county. */
  static PolicyProfile withCountyBusinessId(PolicyProfile profile) {
    return ImmutablePolicyProfile.copyOf(profile)
        .withCounty(ImmutableCounty.copyOf(profile.county()).withBusinessId(COUNTY_BUSINESS_ID));
  }

  /** Every convener, chair's and secretary's organisation of the county's kind with {@link #COUNTY_BUSINESS_ID}. */
  static ForumYear withCountyBusinessId(ForumYear year) {
    UnaryOperator<Organisation> identified = organisation -> organisation.kind() == OrganisationKind.WELLBEING_COUNTY
        ? ImmutableOrganisation.copyOf(organisation).withBusinessId(COUNTY_BUSINESS_ID) : organisation;
    UnaryOperator<Person> person = someone -> ImmutablePerson.copyOf(someone).withOrganisation(someone.organisation().map(identified));
    return withEvents(year, event -> true, event -> ImmutableForumEvent.copyOf(event)
        .withConvener(event.convener().map(identified))
        .withChair(event.chair().map(person))
        .withSecretary(event.secretary().map(person)));
  }

  static ImmutableList<MemoDelivery> deliveriesExcept(Memo memo, Predicate<MemoDelivery> dropped) {
    return memo.deliveries().stream().filter(dropped.negate()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The event moved later by whole days, its record with it, under a new id: its deadlines keep the same
   * distance to the start, so the moved copy is as compliant as the original. Values check themselves on
   * every change, so of each pair of times the later one moves first.
   */
  static ForumEvent moved(ForumEvent event, long days, String id) {
    if (days < 0) {
      throw new IllegalArgumentException("moves only later, not by " + days + " days");
    }
    UnaryOperator<LocalDateTime> move = time -> time.plusDays(days);
    ImmutableForumEvent copy = ImmutableForumEvent.copyOf(event)
        .withId(id)
        .withEnd(move.apply(event.end()))
        .withStart(move.apply(event.start()))
        .withPublications(event.publications().stream()
            .map(publication -> (Publication) ImmutablePublication.copyOf(publication)
                .withPublishedAt(move.apply(publication.publishedAt())))
            .collect(ImmutableList.toImmutableList()))
        .withAnnouncements(event.announcements().stream()
            .map(announcement -> (Announcement) ImmutableAnnouncement.copyOf(announcement)
                .withAnnouncedAt(move.apply(announcement.announcedAt())))
            .collect(ImmutableList.toImmutableList()))
        .withFeedbackWindow(event.feedbackWindow().map(window -> ImmutableFeedbackWindow.copyOf(window)
            .withClosesAt(move.apply(window.closesAt()))
            .withOpensAt(move.apply(window.opensAt()))
            .withComments(window.comments().stream()
                .map(comment -> (FeedbackComment) ImmutableFeedbackComment.copyOf(comment)
                    .withReceivedAt(move.apply(comment.receivedAt())))
                .collect(ImmutableList.toImmutableList()))))
        .withRecording(event.recording().map(recording -> ImmutableRecording.copyOf(recording)
            .withRemovedAt(recording.removedAt().map(move))
            .withPublishedAt(recording.publishedAt().map(move))))
        .withMemo(event.memo().map(memo -> ImmutableMemo.copyOf(memo)
            .withCompletedAt(memo.completedAt().map(move))
            .withReviewedAt(memo.reviewedAt().map(move))
            .withPublishedAt(memo.publishedAt().map(move))
            .withDeliveries(memo.deliveries().stream()
                .map(delivery -> (MemoDelivery) ImmutableMemoDelivery.copyOf(delivery)
                    .withDeliveredAt(move.apply(delivery.deliveredAt())))
                .collect(ImmutableList.toImmutableList()))));
    return copy.withCreated(event.created().map(at -> at.plus(Duration.ofDays(days))))
        .withLastModified(event.lastModified().map(at -> at.plus(Duration.ofDays(days))));
  }
}
