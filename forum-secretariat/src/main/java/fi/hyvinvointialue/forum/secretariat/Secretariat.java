package fi.hyvinvointialue.forum.secretariat;

import static fi.hyvinvointialue.forum.secretariat.Records.agreement;
import static fi.hyvinvointialue.forum.secretariat.Records.append;
import static fi.hyvinvointialue.forum.secretariat.Records.event;
import static fi.hyvinvointialue.forum.secretariat.Records.memo;
import static fi.hyvinvointialue.forum.secretariat.Records.notCancelled;
import static fi.hyvinvointialue.forum.secretariat.Records.notOut;
import static fi.hyvinvointialue.forum.secretariat.Records.openWindow;
import static fi.hyvinvointialue.forum.secretariat.Records.replace;
import static fi.hyvinvointialue.forum.secretariat.Records.retimed;
import static fi.hyvinvointialue.forum.secretariat.Records.reviewedMemo;
import static fi.hyvinvointialue.forum.secretariat.Records.schedule;
import static fi.hyvinvointialue.forum.secretariat.Records.stillPlanned;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableAnnouncement;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutableMemoDelivery;
import fi.hyvinvointialue.forum.domain.ImmutablePartnershipAgreement;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.ImmutableVitalityPledge;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.Registration;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.port.CalendarFeeds;
import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The operations a county's secretariat performs on its forum years. Each is one unit of work: it
 * reads the year, refuses what the policy rules out outright ({@link Refusal}), stores the whole
 * year with one save naming who and when, republishes the year's calendar feed, and returns the
 * findings the policy gives for the result.
 *
 * <p>A request names the version it was based on: a stale one is a {@link VersionConflict}, so no
 * one's change is silently overwritten. A request whose id was already applied stores nothing again
 * and republishes the feed. The injected {@link Clock} is the only source of time: acts such as
 * publishing or taking a comment happen "now", in Helsinki wall-clock time.
 *
 * <p>The secretariat keeps no state of its own: it is as safe to share between threads as the ports
 * it is given.
 */
public final class Secretariat {
  private final UnitOfWork work;
  private final PolicyProfile profile;
  private final PolicyCalendar calendar;

  public Secretariat(
      ForumYears forumYears,
      CalendarPublishing calendarPublishing,
      CalendarFeeds calendarFeeds,
      PolicyCheck policyCheck,
      PolicyProfile profile,
      FeedSettings feedSettings,
      Clock clock) {
    this(new UnitOfWork(forumYears, Optional.of(new UnitOfWork.FeedPush(calendarPublishing, calendarFeeds, feedSettings)),
        policyCheck, profile, clock), profile);
  }

  /**
   * A secretariat for a record whose feeds and pages are made from the store when they are asked for (as
   * {@code forum serve} does): no feed is pushed anywhere, and a change shows in them as soon as it is stored.
   */
  public Secretariat(ForumYears forumYears, PolicyCheck policyCheck, PolicyProfile profile, Clock clock) {
    this(new UnitOfWork(forumYears, Optional.empty(), policyCheck, profile, clock), profile);
  }

  private Secretariat(UnitOfWork work, PolicyProfile profile) {
    this.work = work;
    this.profile = profile;
    this.calendar = PolicyCalendar.of(profile);
  }

  /** The year as stored, with what the policy finds in it now; empty while nothing is stored for it. */
  public Optional<Outcome> find(int year) {
    return work.find(year);
  }

  // --- the year -----------------------------------------------------------------------------

  public Outcome planYear(PlanYear request) {
    return work.change(request, "plan the year", (year, now) -> {
      ForumYear planned = ImmutableForumYear.copyOf(year).withClock(request.clock());
      for (EventPlan event : request.events()) {
        planned = schedule(planned, event);
      }
      return planned;
    });
  }

  public Outcome appointWorkingGroup(AppointWorkingGroup request) {
    CouncilTerm term = request.term();
    return work.change(request, "appoint the working group for " + term.start() + "–" + term.end(), (year, now) -> {
      if (!term.isCouncilTerm()) {
        throw new Refusal(RefusalReason.NOT_A_COUNCIL_TERM, "workingGroup.term",
            term.start() + "–" + term.end() + " is not a council term; the group is appointed for one");
      }
      if (!term.covers(year.year())) {
        throw new Refusal(RefusalReason.TERM_DOES_NOT_COVER_YEAR, "workingGroup.term",
            term.start() + "–" + term.end() + " does not cover any day of " + year.year());
      }
      WorkingGroup group =
          ImmutableWorkingGroup.builder()
              .termStart(term.start())
              .termEnd(term.end())
              .appointedOn(request.appointedOn().orElse(HelsinkiTime.date(now)))
              .addAllMembers(request.members())
              .build();
      return ImmutableForumYear.copyOf(year).withWorkingGroup(group);
    });
  }

  public Outcome setCommunicationPlan(SetCommunicationPlan request) {
    return work.change(request, "set the communication plan", (year, now) ->
        ImmutableForumYear.copyOf(year).withCommunicationPlan(request.plan()));
  }

  public Outcome setPermanentMembers(SetPermanentMembers request) {
    return work.change(request, "set the permanent members", (year, now) ->
        ImmutableForumYear.copyOf(year).withPermanentMembers(request.members()));
  }

  public Outcome registerAgreement(RegisterAgreement request) {
    return work.change(request, "register the partnership agreement", (year, now) -> {
      ImmutablePartnershipAgreement.Builder agreement =
          ImmutablePartnershipAgreement.builder()
              .title(request.title())
              .written(request.written())
              .addAllSharedGoals(request.sharedGoals())
              .addAllParties(request.parties());
      year.partnershipAgreement().ifPresent(earlier -> agreement
          .addAllSignatures(earlier.signatures())
          .vitalityPledge(earlier.vitalityPledge()));
      return ImmutableForumYear.copyOf(year).withPartnershipAgreement(agreement.build());
    });
  }

  public Outcome registerPlaybook(RegisterPlaybook request) {
    return work.change(request, "register the playbook", (year, now) ->
        ImmutableForumYear.copyOf(year).withPlaybook(request.playbook()));
  }

  public Outcome recordSignature(RecordSignature request) {
    String party = request.signature().party();
    return work.change(request, "record the signature of " + party, (year, now) -> {
      PartnershipAgreement agreement = agreement(year, "signature of " + party);
      if (agreement.signatures().stream().anyMatch(signature -> signature.party().equals(party))) {
        throw new Refusal(RefusalReason.ALREADY_SIGNED, party, "this party's signature is already recorded");
      }
      return ImmutableForumYear.copyOf(year).withPartnershipAgreement(
          ImmutablePartnershipAgreement.copyOf(agreement).withSignatures(
              append(agreement.signatures(), request.signature())));
    });
  }

  public Outcome recordPledge(RecordPledge request) {
    return work.change(request, "record the vitality pledge", (year, now) -> {
      PartnershipAgreement agreement = agreement(year, "vitality pledge");
      return ImmutableForumYear.copyOf(year).withPartnershipAgreement(
          ImmutablePartnershipAgreement.copyOf(agreement).withVitalityPledge(
              ImmutableVitalityPledge.builder()
                  .committedOn(request.committedOn().orElse(HelsinkiTime.date(now)))
                  .addAllParties(request.parties())
                  .build()));
    });
  }

  /**
   * Purges the personal data of the year's events that ended longer ago than the profile's retention
   * period ({@link PersonalDataPurge}) from the record, as a new version, and from every earlier stored
   * version too (their numbers, who, when and why stay); when there is none left to purge, nothing is stored.
   */
  public Outcome purgePersonalData(PurgePersonalData request) {
    return work.changeEveryVersion(request, "purge personal data kept longer than " + calendar.personalDataRetention(),
        (year, now) -> PersonalDataPurge.purge(year, calendar, now));
  }

  // --- an event's schedule --------------------------------------------------------------------

  public Outcome scheduleEvent(ScheduleEvent request) {
    return work.change(request, "schedule " + request.event().id(), (year, now) -> schedule(year, request.event()));
  }

  /**
   * Moves the event; the store raises its sequence, so subscribed calendars take the new time. A feedback
   * window that has not opened yet moves with the event's end, keeping its length: it was planned
   * around the old date.
   */
  public Outcome moveEvent(MoveEvent request) {
    return changeEvent(request, "move", (event, now) -> {
      stillPlanned(event);
      if (request.start().getYear() != event.start().getYear()) {
        throw new Refusal(RefusalReason.EVENT_OUTSIDE_YEAR, event.id(),
            "cannot move from " + event.start().getYear() + " to " + request.start() + "; cancel it and schedule it in that year");
      }
      ImmutableForumEvent atNewTime = retimed(event, request.start(), request.end());
      ImmutableForumEvent placed = request.venue().map(atNewTime::withVenue).orElse(atNewTime);
      ImmutableForumEvent moved = request.remoteConnection().map(placed::withRemoteConnection).orElse(placed);
      Duration shift = Duration.between(event.end(), request.end());
      return event.feedbackWindow()
          .filter(window -> now.isBefore(window.opensAt()))
          .map(window -> moved.withFeedbackWindow(ImmutableFeedbackWindow.builder()
              .opensAt(window.opensAt().plus(shift))
              .closesAt(window.closesAt().plus(shift))
              .uri(window.uri())
              .addAllComments(window.comments())
              .build()))
          .orElse(moved);
    });
  }

  public Outcome cancelEvent(EventStep request) {
    return changeEvent(request, "cancel", (event, now) -> {
      stillPlanned(event);
      return ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED);
    });
  }

  /** Records the event as held with its participants; the store raises its sequence for the new status. */
  public Outcome recordHeld(RecordHeld request) {
    return changeEvent(request, "record as held", (event, now) -> {
      notCancelled(event);
      if (now.isBefore(event.start())) {
        throw new Refusal(RefusalReason.EVENT_NOT_STARTED, event.id(), "it starts at " + event.start() + ", it is now " + now);
      }
      return ImmutableForumEvent.copyOf(event).withParticipants(request.participants()).withStatus(EventStatus.HELD);
    });
  }

  // --- before the event -----------------------------------------------------------------------

  /** Sets the agenda; single procurements and service vouchers never go on an open forum's (TL-2.5). */
  public Outcome setAgenda(SetAgenda request) {
    return changeEvent(request, "set the agenda", (event, now) -> {
      notCancelled(event);
      if (event.isOpenForum()) {
        for (AgendaItem item : request.items()) {
          if (item.topic().belongsToTargetedEvent()) {
            throw new Refusal(RefusalReason.TARGETED_TOPIC_ON_OPEN_FORUM, event.id() + "/" + item.id(),
                "a " + item.topic() + " item belongs to a targeted event, not the open forum");
          }
        }
      }
      return ImmutableForumEvent.copyOf(event).withAgenda(request.items());
    });
  }

  public Outcome recordRegistration(RecordRegistration request) {
    Registration registration = request.registration();
    return changeEvent(request, "record the registration of " + registration.organisation().name(), (event, now) -> {
      notCancelled(event);
      return ImmutableForumEvent.copyOf(event).withRegistrations(ImmutableList.<Registration>builder()
          .addAll(event.registrations().stream()
              .filter(earlier -> !earlier.organisation().equals(registration.organisation()))
              .iterator())
          .add(registration)
          .build());
    });
  }

  public Outcome publishMaterial(PublishMaterial request) {
    return changeEvent(request, "publish the " + request.material(), (event, now) -> {
      notCancelled(event);
      if (request.material() == MaterialKind.AGENDA && event.agenda().isEmpty()) {
        throw new Refusal(RefusalReason.NOTHING_TO_PUBLISH, event.id(), "the event has no agenda to publish yet");
      }
      return ImmutableForumEvent.copyOf(event).withPublications(append(event.publications(),
          ImmutablePublication.builder()
              .material(request.material())
              .channel(request.channel().orElse(profile.publicationChannel()))
              .publishedAt(now)
              .uri(request.uri())
              .build()));
    });
  }

  public Outcome announceDate(AnnounceDate request) {
    return changeEvent(request, "announce the date in " + request.channel(), (event, now) -> {
      notCancelled(event);
      return ImmutableForumEvent.copyOf(event).withAnnouncements(append(event.announcements(),
          ImmutableAnnouncement.builder().channel(request.channel()).announcedAt(now).uri(request.uri()).build()));
    });
  }

  // --- feedback and recording -------------------------------------------------------------------

  /** Opens (or reschedules) the feedback window: by default from the event's end for the profile's minimum. */
  public Outcome openFeedback(OpenFeedback request) {
    return changeEvent(request, "open the feedback window", (event, now) -> {
      notCancelled(event);
      LocalDateTime opens = request.opensAt().orElse(event.end());
      return ImmutableForumEvent.copyOf(event).withFeedbackWindow(
          ImmutableFeedbackWindow.builder()
              .opensAt(opens)
              .closesAt(request.closesAt().orElse(calendar.feedbackOpenUntil(opens)))
              .uri(request.uri())
              .addAllComments(event.feedbackWindow().map(FeedbackWindow::comments).orElse(ImmutableList.of()))
              .build());
    });
  }

  /** Closes an open feedback window now; closing it early is for the policy check to report. */
  public Outcome closeFeedback(EventStep request) {
    return changeEvent(request, "close the feedback window", (event, now) ->
        ImmutableForumEvent.copyOf(event).withFeedbackWindow(
            ImmutableFeedbackWindow.copyOf(openWindow(event, now)).withClosesAt(now)));
  }

  /** Takes in a comment while the window is open; the request id becomes the comment's id. */
  public Outcome takeComment(TakeComment request) {
    return changeEvent(request, "take in comment " + request.requestId(), (event, now) -> {
      FeedbackWindow window = openWindow(event, now);
      return ImmutableForumEvent.copyOf(event).withFeedbackWindow(
          ImmutableFeedbackWindow.copyOf(window).withComments(append(window.comments(),
              ImmutableFeedbackComment.builder()
                  .id(request.requestId())
                  .receivedAt(now)
                  .text(request.text())
                  .author(request.author())
                  .build())));
    });
  }

  /** Publishes the recording; by default it comes down after the profile's availability period (TL-4.7). */
  public Outcome publishRecording(PublishRecording request) {
    return changeEvent(request, "publish the recording", (event, now) -> {
      notCancelled(event);
      LocalDateTime published = request.publishedAt().orElseThrow(() -> new Refusal(
          RefusalReason.RECORDING_WITHOUT_PUBLICATION_DATE, event.id(),
          "the recording needs the date it is published on, from which its " + calendar.recordingAvailableDays()
              + " days are counted"));
      if (published.isBefore(event.end())) {
        throw new Refusal(RefusalReason.RECORDING_BEFORE_EVENT_ENDS, event.id(),
            "published at " + published + ", before the event ends at " + event.end());
      }
      return ImmutableForumEvent.copyOf(event).withRecording(
          ImmutableRecording.builder()
              .publishedAt(published)
              .removedAt(request.removedAt().orElse(calendar.recordingAvailableUntil(published)))
              .uri(request.uri())
              .accessible(request.accessible())
              .build());
    });
  }

  public Outcome takeDownRecording(EventStep request) {
    return changeEvent(request, "take the recording down", (event, now) -> {
      Recording recording = event.recording().orElseThrow(() ->
          new Refusal(RefusalReason.NO_RECORDING, event.id(), "the event has no recording"));
      if (recording.removedAt().filter(removed -> !removed.isAfter(now)).isPresent()) {
        throw new Refusal(RefusalReason.RECORDING_ALREADY_REMOVED, event.id(),
            "the recording was taken down at " + recording.removedAt().orElseThrow());
      }
      return ImmutableForumEvent.copyOf(event).withRecording(ImmutableRecording.copyOf(recording).withRemovedAt(now));
    });
  }

  // --- the memo ---------------------------------------------------------------------------------

  /** Completes the memo's draft now: after the event, and after the feedback window closes (TL-4.8). */
  public Outcome draftMemo(DraftMemo request) {
    return changeEvent(request, "draft the memo", (event, now) -> {
      notCancelled(event);
      event.memo().ifPresent(memo -> notOut(event, memo));
      if (now.isBefore(event.end())) {
        throw new Refusal(RefusalReason.MEMO_BEFORE_EVENT_ENDS, event.id(), "the event ends at " + event.end());
      }
      Optional<LocalDateTime> closes = event.feedbackWindow().map(FeedbackWindow::closesAt);
      if (closes.filter(now::isBefore).isPresent()) {
        throw new Refusal(RefusalReason.MEMO_BEFORE_FEEDBACK_CLOSES, event.id(),
            "the feedback window closes at " + closes.orElseThrow() + " and the memo covers its comments");
      }
      return ImmutableForumEvent.copyOf(event).withMemo(
          ImmutableMemo.builder()
              .completedAt(now)
              .coversDiscussion(request.coversDiscussion())
              .coversFeedback(request.coversFeedback())
              .addAllIncludedCommentIds(request.includedCommentIds())
              .addAllItems(request.items())
              .build());
    });
  }

  /** Records the working group's review of the drafted memo (TL-4.10). */
  public Outcome reviewMemo(EventStep request) {
    return work.change(request, "record the working group's review of the memo of " + request.eventId(), (year, now) -> {
      ForumEvent event = event(year, request.eventId());
      Memo memo = memo(event);
      notOut(event, memo);
      LocalDate today = HelsinkiTime.date(now);
      if (year.workingGroup().filter(group -> group.term().contains(today)).isEmpty()) {
        throw new Refusal(RefusalReason.NO_WORKING_GROUP, year.countyId() + "/" + year.year(),
            "no working group of the year is in office on " + today + " to review the memo");
      }
      return replace(year, ImmutableForumEvent.copyOf(event).withMemo(ImmutableMemo.copyOf(memo).withReviewedAt(
          HelsinkiTime.wallTime(now))));
    });
  }

  /** Publishes the memo, which the working group must have reviewed first (TL-4.10). */
  public Outcome publishMemo(EventStep request) {
    return changeEvent(request, "publish the memo", (event, now) -> {
      Memo memo = reviewedMemo(event);
      if (memo.publishedAt().isPresent()) {
        throw new Refusal(RefusalReason.MEMO_ALREADY_PUBLISHED, event.id(), "the memo was published at " + memo.publishedAt().get());
      }
      return ImmutableForumEvent.copyOf(event).withMemo(ImmutableMemo.copyOf(memo).withPublishedAt(now));
    });
  }

  /** Records the memo's delivery to one recipient (TL-4.8); it goes out only once reviewed. */
  public Outcome deliverMemo(DeliverMemo request) {
    return changeEvent(request, "deliver the memo to " + request.recipient(), (event, now) -> {
      Memo memo = reviewedMemo(event);
      if (memo.deliveries().stream().anyMatch(delivery -> delivery.recipientKind() == request.recipientKind()
          && delivery.recipient().equals(request.recipient()))) {
        throw new Refusal(RefusalReason.ALREADY_DELIVERED, event.id(), "the memo was already delivered to " + request.recipient());
      }
      return ImmutableForumEvent.copyOf(event).withMemo(ImmutableMemo.copyOf(memo).withDeliveries(append(memo.deliveries(),
          ImmutableMemoDelivery.builder()
              .recipientKind(request.recipientKind())
              .recipient(request.recipient())
              .deliveredAt(now)
              .build())));
    });
  }

  // --- on one event ----------------------------------------------------------------------------

  /** A change to one event, made at one Helsinki wall-clock time. */
  private interface EventEdit {
    ForumEvent apply(ForumEvent event, LocalDateTime now);
  }

  private Outcome changeEvent(EventRequest request, String summary, EventEdit edit) {
    return work.change(request, summary + " of " + request.eventId(), (year, now) -> {
      ForumEvent event = event(year, request.eventId());
      return replace(year, edit.apply(event, HelsinkiTime.wallTime(now)));
    });
  }
}
