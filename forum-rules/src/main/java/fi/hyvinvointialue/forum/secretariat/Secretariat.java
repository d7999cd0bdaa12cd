package fi.hyvinvointialue.forum.secretariat;

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
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.CalendarFeeds;
import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

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
 */
public final class Secretariat {
  private final ForumYears forumYears;
  private final CalendarPublishing calendarPublishing;
  private final CalendarFeeds calendarFeeds;
  private final PolicyCheck policyCheck;
  private final PolicyProfile profile;
  private final FeedSettings feedSettings;
  private final Clock clock;

  public Secretariat(
      ForumYears forumYears,
      CalendarPublishing calendarPublishing,
      CalendarFeeds calendarFeeds,
      PolicyCheck policyCheck,
      PolicyProfile profile,
      FeedSettings feedSettings,
      Clock clock) {
    this.forumYears = Objects.requireNonNull(forumYears, "forumYears");
    this.calendarPublishing = Objects.requireNonNull(calendarPublishing, "calendarPublishing");
    this.calendarFeeds = Objects.requireNonNull(calendarFeeds, "calendarFeeds");
    this.policyCheck = Objects.requireNonNull(policyCheck, "policyCheck");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.feedSettings = Objects.requireNonNull(feedSettings, "feedSettings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The year as stored, with what the policy finds in it now; empty while nothing is stored for it. */
  public Optional<Outcome> find(int year) {
    return forumYears.find(consistently(() -> key(year))).map(stored -> outcome(stored, clock.instant()));
  }

  // --- the year -----------------------------------------------------------------------------

  public Outcome planYear(PlanYear request) {
    return change(request, "plan the year", (year, now) -> {
      ForumYear planned = ImmutableForumYear.copyOf(year).withClock(request.clock());
      for (EventPlan event : request.events()) {
        planned = schedule(planned, event, now);
      }
      return planned;
    });
  }

  public Outcome appointWorkingGroup(AppointWorkingGroup request) {
    CouncilTerm term = request.term();
    return change(request, "appoint the working group for " + term.start() + "–" + term.end(), (year, now) -> {
      if (!isCouncilTerm(term)) {
        throw new Refusal(RefusalReason.NOT_A_COUNCIL_TERM, "workingGroup.term",
            term.start() + "–" + term.end() + " is not a council term; the group is appointed for one");
      }
      if (term.end().getYear() < year.year() || term.start().getYear() > year.year()) {
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
    return change(request, "set the communication plan", (year, now) ->
        ImmutableForumYear.copyOf(year).withCommunicationPlan(request.plan()));
  }

  public Outcome setPermanentMembers(SetPermanentMembers request) {
    return change(request, "set the permanent members", (year, now) ->
        ImmutableForumYear.copyOf(year).withPermanentMembers(request.members()));
  }

  public Outcome registerAgreement(RegisterAgreement request) {
    return change(request, "register the partnership agreement", (year, now) -> {
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
    return change(request, "register the playbook", (year, now) ->
        ImmutableForumYear.copyOf(year).withPlaybook(request.playbook()));
  }

  public Outcome recordSignature(RecordSignature request) {
    String party = request.signature().party();
    return change(request, "record the signature of " + party, (year, now) -> {
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
    return change(request, "record the vitality pledge", (year, now) -> {
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
   * period ({@link PersonalDataPurge}); when there is none left to purge, nothing is stored.
   */
  public Outcome purgePersonalData(PurgePersonalData request) {
    return change(request, "purge personal data kept longer than " + profile.personalDataRetention(),
        (year, now) -> PersonalDataPurge.purge(year, profile.personalDataRetention(), now));
  }

  // --- an event's schedule --------------------------------------------------------------------

  public Outcome scheduleEvent(ScheduleEvent request) {
    return change(request, "schedule " + request.event().id(), (year, now) -> schedule(year, request.event(), now));
  }

  /** Moves the event and raises its sequence, so subscribed calendars take the new time. */
  public Outcome moveEvent(MoveEvent request) {
    return changeEvent(request, "move", (event, now) -> {
      stillPlanned(event);
      if (request.start().getYear() != event.start().getYear()) {
        throw new Refusal(RefusalReason.EVENT_OUTSIDE_YEAR, event.id(),
            "cannot move from " + event.start().getYear() + " to " + request.start() + "; cancel it and schedule it in that year");
      }
      ImmutableForumEvent moved = retimed(event, request.start(), request.end()).withSequence(event.sequence() + 1);
      moved = request.venue().map(moved::withVenue).orElse(moved);
      return request.remoteConnection().map(moved::withRemoteConnection).orElse(moved);
    });
  }

  public Outcome cancelEvent(EventStep request) {
    return changeEvent(request, "cancel", (event, now) -> {
      stillPlanned(event);
      return ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED).withSequence(event.sequence() + 1);
    });
  }

  /** Records the event as held with its participants; the status change raises its sequence once. */
  public Outcome recordHeld(RecordHeld request) {
    return changeEvent(request, "record as held", (event, now) -> {
      notCancelled(event);
      if (now.isBefore(event.start())) {
        throw new Refusal(RefusalReason.EVENT_NOT_STARTED, event.id(), "it starts at " + event.start() + ", it is now " + now);
      }
      ImmutableForumEvent held = ImmutableForumEvent.copyOf(event).withParticipants(request.participants());
      return event.status() == EventStatus.HELD
          ? held
          : held.withStatus(EventStatus.HELD).withSequence(event.sequence() + 1);
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
              .closesAt(request.closesAt().orElse(opens.plusDays(profile.feedbackMinDays())))
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
          "the recording needs the date it is published on, from which its " + profile.recordingAvailableDays()
              + " days are counted"));
      if (published.isBefore(event.end())) {
        throw new Refusal(RefusalReason.RECORDING_BEFORE_EVENT_ENDS, event.id(),
            "published at " + published + ", before the event ends at " + event.end());
      }
      return ImmutableForumEvent.copyOf(event).withRecording(
          ImmutableRecording.builder()
              .publishedAt(published)
              .removedAt(request.removedAt().orElse(published.plusDays(profile.recordingAvailableDays())))
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
    return change(request, "record the working group's review of the memo of " + request.eventId(), (year, now) -> {
      ForumEvent event = event(year, request.eventId());
      Memo memo = memo(event);
      notOut(event, memo);
      LocalDate today = HelsinkiTime.date(now);
      if (year.workingGroup().filter(group -> !today.isBefore(group.termStart()) && !today.isAfter(group.termEnd())).isEmpty()) {
        throw new Refusal(RefusalReason.NO_WORKING_GROUP, year.countyId() + "/" + year.year(),
            "no working group of the year is in office on " + today + " to review the memo");
      }
      return replace(year, ImmutableForumEvent.copyOf(event).withMemo(ImmutableMemo.copyOf(memo).withReviewedAt(
          HelsinkiTime.wallTime(now))), now);
    });
  }

  /** Publishes the memo, which the working group must have reviewed first (TL-4.10). */
  public Outcome publishMemo(EventStep request) {
    return changeEvent(request, "publish the memo", (event, now) ->
        ImmutableForumEvent.copyOf(event).withMemo(ImmutableMemo.copyOf(reviewedMemo(event)).withPublishedAt(now)));
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

  // --- the unit of work -------------------------------------------------------------------------

  /** A change to a year, made at one instant. */
  private interface Edit {
    ForumYear apply(ForumYear year, Instant now);
  }

  /** A change to one event, made at one Helsinki wall-clock time. */
  private interface EventEdit {
    ForumEvent apply(ForumEvent event, LocalDateTime now);
  }

  private Outcome changeEvent(EventRequest request, String summary, EventEdit edit) {
    return change(request, summary + " of " + request.eventId(), (year, now) -> {
      ForumEvent event = event(year, request.eventId());
      return replace(year, edit.apply(event, HelsinkiTime.wallTime(now)), now);
    });
  }

  private Outcome change(Request request, String summary, Edit edit) {
    checkRequest(request);
    Instant now = clock.instant();
    YearKey key = consistently(() -> key(request.year()));
    Optional<StoredYear> current = forumYears.find(key);
    if (current.isPresent() && alreadyApplied(key, request.requestId())) {
      // Applied before, perhaps with its feed left unpublished: publish what is stored now.
      return published(current.get(), calendarPublishing.publish(current.get().year(), profile, feedSettings), now);
    }
    long actualVersion = current.map(StoredYear::version).orElse(0L);
    if (actualVersion != request.expectedVersion()) {
      throw new VersionConflict(key, request.expectedVersion(), actualVersion);
    }
    ForumYear before = current.map(StoredYear::year)
        .orElseGet(() -> ImmutableForumYear.builder().countyId(key.countyId()).year(key.year()).build());
    ForumYear after = consistently(() -> edit.apply(before, now));
    if (after.equals(before)) {
      return outcome(current.orElseThrow(() -> new Refusal(RefusalReason.UNKNOWN_YEAR, key.countyId() + "/" + key.year(),
          "nothing is stored for the year")), now);
    }
    // Rendered before saving: a feed that cannot be made stops the change before anything is stored.
    byte[] feed = calendarPublishing.publish(after, profile, feedSettings);
    StoredYear stored = forumYears.save(after, request.expectedVersion(),
        ImmutableChange.builder().actor(request.actor()).at(now).summary(summary).requestId(request.requestId()).build());
    byte[] storedFeed = stored.year().equals(after) ? feed : calendarPublishing.publish(stored.year(), profile, feedSettings);
    return published(stored, storedFeed, now);
  }

  private Outcome published(StoredYear stored, byte[] feed, Instant now) {
    Outcome outcome = outcome(stored, now);
    try {
      calendarFeeds.put(stored.year().key(), feed);
    } catch (RuntimeException failure) {
      throw new CalendarNotPublished(outcome, failure);
    }
    return outcome;
  }

  private Outcome outcome(StoredYear stored, Instant now) {
    return ImmutableOutcome.of(stored, policyCheck.check(stored.year(), profile, now));
  }

  private boolean alreadyApplied(YearKey key, String requestId) {
    return forumYears.history(key).stream().anyMatch(change -> change.requestId().filter(requestId::equals).isPresent());
  }

  private YearKey key(int year) {
    return YearKey.of(profile.county().id(), year);
  }

  private static void checkRequest(Request request) {
    if (request.actor().isBlank()) {
      throw new Refusal(RefusalReason.INVALID_REQUEST, "actor", "a change names who makes it");
    }
    if (request.requestId().isBlank()) {
      throw new Refusal(RefusalReason.INVALID_REQUEST, "requestId", "a request needs an id, so a retry is applied once");
    }
  }

  /** Runs a step that builds model values, turning a value's consistency check into a refusal. */
  private static <T> T consistently(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalStateException inconsistent) {
      throw new Refusal(RefusalReason.INCONSISTENT_RECORD, "record", inconsistent.getMessage());
    }
  }

  // --- helpers on the record -------------------------------------------------------------------

  private static ForumYear schedule(ForumYear year, EventPlan plan, Instant now) {
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
            .created(now)
            .lastModified(now)
            .build();
    return ImmutableForumYear.copyOf(year).withEvents(append(year.events(), event));
  }

  private static ForumEvent event(ForumYear year, String id) {
    return year.event(id).orElseThrow(() ->
        new Refusal(RefusalReason.UNKNOWN_EVENT, id, "no such event in " + year.countyId() + "/" + year.year()));
  }

  /** The year with the event in place of its earlier version, stamped as modified now. */
  private static ForumYear replace(ForumYear year, ForumEvent event, Instant now) {
    ForumEvent stamped = ImmutableForumEvent.copyOf(event).withLastModified(now);
    return ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(earlier -> earlier.id().equals(event.id()) ? stamped : earlier)
        .collect(ImmutableList.toImmutableList()));
  }

  /** The event at another time; the order of the two changes keeps its end after its start throughout. */
  private static ImmutableForumEvent retimed(ForumEvent event, LocalDateTime start, LocalDateTime end) {
    ImmutableForumEvent copy = ImmutableForumEvent.copyOf(event);
    return start.isAfter(event.start()) ? copy.withEnd(end).withStart(start) : copy.withStart(start).withEnd(end);
  }

  private static void notCancelled(ForumEvent event) {
    if (event.status() == EventStatus.CANCELLED) {
      throw new Refusal(RefusalReason.EVENT_CANCELLED, event.id(), "the event is cancelled");
    }
  }

  private static void stillPlanned(ForumEvent event) {
    notCancelled(event);
    if (event.status() == EventStatus.HELD) {
      throw new Refusal(RefusalReason.EVENT_ALREADY_HELD, event.id(), "the event has been held");
    }
  }

  private static FeedbackWindow openWindow(ForumEvent event, LocalDateTime now) {
    FeedbackWindow window = event.feedbackWindow().orElseThrow(() ->
        new Refusal(RefusalReason.NO_FEEDBACK_WINDOW, event.id(), "the event has no feedback window"));
    if (now.isBefore(window.opensAt()) || !now.isBefore(window.closesAt())) {
      throw new Refusal(RefusalReason.FEEDBACK_WINDOW_NOT_OPEN, event.id(),
          "the window is open " + window.opensAt() + "–" + window.closesAt() + ", it is now " + now);
    }
    return window;
  }

  private static Memo memo(ForumEvent event) {
    return event.memo().orElseThrow(() -> new Refusal(RefusalReason.NO_MEMO, event.id(), "no memo has been drafted"));
  }

  /** A memo that has gone out, published or delivered, is not redrafted or reviewed again. */
  private static void notOut(ForumEvent event, Memo memo) {
    if (memo.publishedAt().isPresent() || !memo.deliveries().isEmpty()) {
      throw new Refusal(RefusalReason.MEMO_ALREADY_PUBLISHED, event.id(), "the memo has already gone out");
    }
  }

  private static Memo reviewedMemo(ForumEvent event) {
    Memo memo = memo(event);
    if (memo.reviewedAt().isEmpty()) {
      throw new Refusal(RefusalReason.MEMO_NOT_REVIEWED, event.id(),
          "the working group has not reviewed the memo; it must before the memo goes out");
    }
    return memo;
  }

  private static PartnershipAgreement agreement(ForumYear year, String what) {
    return year.partnershipAgreement().orElseThrow(() ->
        new Refusal(RefusalReason.NO_AGREEMENT, what, "register the partnership agreement first"));
  }

  private static boolean isCouncilTerm(CouncilTerm term) {
    return !term.start().isBefore(CouncilTerm.FIRST_START) && CouncilTerm.containing(term.start()).equals(term);
  }

  private static <T> ImmutableList<T> append(ImmutableList<T> list, T element) {
    return ImmutableList.<T>builder().addAll(list).add(element).build();
  }
}
