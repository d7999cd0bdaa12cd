package fi.hyvinvointialue.forum.secretariat;

import static fi.hyvinvointialue.forum.secretariat.Desk.KEY;
import static fi.hyvinvointialue.forum.secretariat.Desk.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableSignature;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each step the policy rules out outright is refused with its reason and clause, and nothing is stored. */
class RefusalsTest {
  private static final String FORUM = "foorumi-2026-1";
  private static final String TARGETED = "kohdennettu-2026-kotihoito";
  private static final LocalDateTime START = SampleYears.at(2026, 3, 11);
  private static final LocalDateTime END = START.plusHours(2).plusMinutes(30);

  private final Desk desk = new Desk(LocalDateTime.of(2026, 1, 12, 9, 0));
  private final Secretariat secretariat = desk.secretariat;

  @BeforeEach
  void planTheYear() {
    secretariat.planYear(ImmutablePlanYear.builder().year(2026).expectedVersion(0).actor(SECRETARY).requestId(desk.id())
        .clock(SampleYears.clock(2026))
        .addEvents(Desk.openForum(FORUM, START),
            ImmutableEventPlan.copyOf(Desk.openForum(TARGETED, SampleYears.at(2026, 10, 7))).withKind(EventKind.TARGETED_EVENT))
        .build());
  }

  @Test
  void aMemoTheWorkingGroupHasNotReviewedIsNotPublishedNorDelivered() {
    heldWithClosedFeedbackAndADraftMemo();

    Refusal refusal = refused(RefusalReason.MEMO_NOT_REVIEWED, () -> secretariat.publishMemo(desk.step(FORUM)));

    assertEquals(Optional.of("TL-4.10"), refusal.clauseId());
    assertEquals(FORUM, refusal.subject());
    assertTrue(refusal.getMessage().startsWith("TL-4.10 MEMO_NOT_REVIEWED: " + FORUM + ": the working group has not reviewed"),
        refusal.getMessage());
    refused(RefusalReason.MEMO_NOT_REVIEWED, () -> secretariat.deliverMemo(delivery()));
  }

  @Test
  void aSingleProcurementOrServiceVoucherNeverGoesOnAnOpenForumsAgendaButDoesOnATargetedEvents() {
    for (TopicKind topic : new TopicKind[] {TopicKind.INDIVIDUAL_PROCUREMENT, TopicKind.SERVICE_VOUCHER}) {
      Refusal refusal = refused(RefusalReason.TARGETED_TOPIC_ON_OPEN_FORUM, () -> secretariat.setAgenda(agenda(FORUM, topic)));
      assertEquals(Optional.of("TL-2.5"), refusal.clauseId());
      assertEquals(FORUM + "/single", refusal.subject());
    }

    Outcome targeted = secretariat.setAgenda(agenda(TARGETED, TopicKind.SERVICE_VOUCHER));
    assertEquals(TopicKind.SERVICE_VOUCHER, targeted.year().event(TARGETED).orElseThrow().agenda().get(0).topic());
    Outcome general = secretariat.setAgenda(agenda(FORUM, TopicKind.VOUCHER_RULEBOOK_GENERAL_PART));
    assertEquals(1, general.year().event(FORUM).orElseThrow().agenda().size());
  }

  @Test
  void aTextWithANulOrAnotherControlCharacterIsRefusedNamingItsField() {
    Refusal refusal = refused(RefusalReason.CONTROL_CHARACTER, () -> secretariat.setAgenda(
        ImmutableSetAgenda.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id())
            .eventId(FORUM)
            .addItems(ImmutableAgendaItem.builder().id("nul").title("Palvelusetelit\u0000").topic(TopicKind.GENERAL).build())
            .build()));

    assertTrue(refusal.getMessage().contains("events[" + FORUM + "].agenda[nul].title holds a control character"),
        refusal.getMessage());
    Outcome tabbed = secretariat.setAgenda(ImmutableSetAgenda.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY)
        .requestId(desk.id()).eventId(FORUM)
        .addItems(ImmutableAgendaItem.builder().id("ok").title("Rivi\nja\tsarake").topic(TopicKind.GENERAL).build()).build());
    assertEquals("Rivi\nja\tsarake", tabbed.year().event(FORUM).orElseThrow().agenda().get(0).title());
  }

  @Test
  void aRecordingNeedsAPublicationDateAfterTheEventEnds() {
    desk.at(END.plusHours(1));

    refused(RefusalReason.RECORDING_WITHOUT_PUBLICATION_DATE, () -> secretariat.publishRecording(recording().build()));
    Refusal early = refused(RefusalReason.RECORDING_BEFORE_EVENT_ENDS,
        () -> secretariat.publishRecording(recording().publishedAt(END.minusMinutes(1)).build()));

    assertEquals(Optional.of("TL-4.7"), early.clauseId());
  }

  @Test
  void aMemoIsNotCompletedBeforeTheFeedbackWindowCloses() {
    secretariat.openFeedback(openFeedback());
    desk.at(END.plusDays(7).minusMinutes(1));

    Refusal refusal = refused(RefusalReason.MEMO_BEFORE_FEEDBACK_CLOSES, () -> secretariat.draftMemo(memo()));

    assertEquals(Optional.of("TL-4.8"), refusal.clauseId());
    desk.at(END.plusDays(7));
    assertTrue(secretariat.draftMemo(memo()).year().event(FORUM).orElseThrow().memo().isPresent());
  }

  @Test
  void aMemoIsNotCompletedBeforeTheEventEndsEvenWithoutAFeedbackWindow() {
    desk.at(END.minusMinutes(1));

    refused(RefusalReason.MEMO_BEFORE_EVENT_ENDS, () -> secretariat.draftMemo(memo()));
  }

  @Test
  void aMemoThatHasGoneOutIsNotRedraftedNorReviewedAgainNorDeliveredOrPublishedTwice() {
    heldWithClosedFeedbackAndADraftMemo();
    appointTheWorkingGroup();
    secretariat.reviewMemo(desk.step(FORUM));
    secretariat.deliverMemo(delivery());

    refused(RefusalReason.ALREADY_DELIVERED, () -> secretariat.deliverMemo(delivery()));
    secretariat.publishMemo(desk.step(FORUM));
    refused(RefusalReason.MEMO_ALREADY_PUBLISHED, () -> secretariat.publishMemo(desk.step(FORUM)));
    refused(RefusalReason.MEMO_ALREADY_PUBLISHED, () -> secretariat.draftMemo(memo()));
    refused(RefusalReason.MEMO_ALREADY_PUBLISHED, () -> secretariat.reviewMemo(desk.step(FORUM)));
  }

  @Test
  void aMemoIsReviewedOnlyOnceDraftedAndByAWorkingGroupInOffice() {
    desk.at(END.plusDays(8));
    refused(RefusalReason.NO_MEMO, () -> secretariat.reviewMemo(desk.step(FORUM)));

    secretariat.draftMemo(memo());
    Refusal refusal = refused(RefusalReason.NO_WORKING_GROUP, () -> secretariat.reviewMemo(desk.step(FORUM)));
    assertEquals("keski-suomi/2026", refusal.subject());
  }

  @Test
  void commentsAreTakenOnlyWhileTheWindowIsOpen() {
    refused(RefusalReason.NO_FEEDBACK_WINDOW, () -> secretariat.takeComment(comment()));
    refused(RefusalReason.NO_FEEDBACK_WINDOW, () -> secretariat.closeFeedback(desk.step(FORUM)));
    secretariat.openFeedback(openFeedback());

    refused(RefusalReason.FEEDBACK_WINDOW_NOT_OPEN, () -> secretariat.takeComment(comment()));
    desk.at(END.plusDays(7));
    refused(RefusalReason.FEEDBACK_WINDOW_NOT_OPEN, () -> secretariat.takeComment(comment()));
    refused(RefusalReason.FEEDBACK_WINDOW_NOT_OPEN, () -> secretariat.closeFeedback(desk.step(FORUM)));
    desk.at(END.plusDays(7).minusSeconds(1));
    assertEquals(1, secretariat.takeComment(comment()).year().event(FORUM).orElseThrow()
        .feedbackWindow().orElseThrow().comments().size());
  }

  @Test
  void theWorkingGroupIsAppointedForACouncilTermThatCoversTheYear() {
    Refusal notATerm = refused(RefusalReason.NOT_A_COUNCIL_TERM, () -> secretariat.appointWorkingGroup(
        appoint(CouncilTerm.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))));
    refused(RefusalReason.NOT_A_COUNCIL_TERM, () -> secretariat.appointWorkingGroup(
        appoint(CouncilTerm.of(LocalDate.of(2021, 6, 1), LocalDate.of(2025, 5, 31)))));
    refused(RefusalReason.TERM_DOES_NOT_COVER_YEAR, () -> secretariat.appointWorkingGroup(
        appoint(CouncilTerm.containing(LocalDate.of(2024, 1, 1)))));

    assertEquals(Optional.of("TL-3.6"), notATerm.clauseId());
    assertEquals("workingGroup.term", notATerm.subject());
  }

  @Test
  void signaturesAndThePledgeGoOnARegisteredAgreementAndEachPartySignsOnce() {
    refused(RefusalReason.NO_AGREEMENT, () -> secretariat.recordSignature(signature()));
    refused(RefusalReason.NO_AGREEMENT, () -> secretariat.recordPledge(ImmutableRecordPledge.builder().year(2026)
        .expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id()).addParties(SampleYears.COUNTY.name()).build()));
    secretariat.registerAgreement(ImmutableRegisterAgreement.builder().year(2026).expectedVersion(desk.version())
        .actor(SECRETARY).requestId(desk.id()).title("Kumppanuussopimus").written(true)
        .addParties(SampleYears.COUNTY, SampleYears.ENTREPRENEURS).build());
    secretariat.recordSignature(signature());

    refused(RefusalReason.ALREADY_SIGNED, () -> secretariat.recordSignature(signature()));
  }

  @Test
  void anEventStaysInTheYearItStartsInAndItsIdIsUnique() {
    refused(RefusalReason.EVENT_OUTSIDE_YEAR, () -> secretariat.moveEvent(move(FORUM, SampleYears.at(2027, 1, 13))));
    refused(RefusalReason.EVENT_OUTSIDE_YEAR,
        () -> secretariat.scheduleEvent(schedule(Desk.openForum("foorumi-2027-1", SampleYears.at(2027, 3, 10)))));
    refused(RefusalReason.DUPLICATE_EVENT,
        () -> secretariat.scheduleEvent(schedule(Desk.openForum(FORUM, SampleYears.at(2026, 4, 10)))));
    Refusal unknown = refused(RefusalReason.UNKNOWN_EVENT, () -> secretariat.cancelEvent(desk.step("no-such-event")));

    assertEquals("no-such-event", unknown.subject());
    assertEquals(Optional.empty(), unknown.clauseId());
  }

  @Test
  void aCancelledEventIsNotChangedAndAHeldOneIsNotMovedOrCancelled() {
    desk.at(START.minusMinutes(1));
    refused(RefusalReason.EVENT_NOT_STARTED, () -> secretariat.recordHeld(held()));
    secretariat.cancelEvent(desk.step(TARGETED));

    refused(RefusalReason.EVENT_CANCELLED, () -> secretariat.cancelEvent(desk.step(TARGETED)));
    refused(RefusalReason.EVENT_CANCELLED, () -> secretariat.setAgenda(agenda(TARGETED, TopicKind.SERVICE_VOUCHER)));
    refused(RefusalReason.EVENT_CANCELLED, () -> secretariat.announceDate(ImmutableAnnounceDate.builder().year(2026)
        .expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id()).eventId(TARGETED)
        .channel(Channel.NEWSLETTER).build()));

    desk.at(END);
    secretariat.recordHeld(held());
    refused(RefusalReason.EVENT_ALREADY_HELD, () -> secretariat.cancelEvent(desk.step(FORUM)));
    refused(RefusalReason.EVENT_ALREADY_HELD, () -> secretariat.moveEvent(move(FORUM, SampleYears.at(2026, 3, 18))));
  }

  @Test
  void anAgendaIsPublishedOnlyOnceThereIsOne() {
    Refusal refusal = refused(RefusalReason.NOTHING_TO_PUBLISH, () -> secretariat.publishMaterial(ImmutablePublishMaterial
        .builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id()).eventId(FORUM)
        .material(MaterialKind.AGENDA).build()));

    assertEquals(Optional.of("TL-4.1"), refusal.clauseId());
  }

  @Test
  void aRecordingIsTakenDownOnlyWhileItIsUp() {
    desk.at(END.plusDays(1));
    refused(RefusalReason.NO_RECORDING, () -> secretariat.takeDownRecording(desk.step(FORUM)));
    secretariat.publishRecording(recording().publishedAt(END.plusHours(2)).build());
    secretariat.takeDownRecording(desk.step(FORUM));

    refused(RefusalReason.RECORDING_ALREADY_REMOVED, () -> secretariat.takeDownRecording(desk.step(FORUM)));
  }

  @Test
  void aChangeThatWouldLeaveTheRecordInconsistentIsRefusedNamingTheField() {
    Refusal backwards = refused(RefusalReason.INCONSISTENT_RECORD, () -> secretariat.moveEvent(ImmutableMoveEvent.builder()
        .year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id()).eventId(FORUM)
        .start(SampleYears.at(2026, 3, 18)).end(SampleYears.at(2026, 3, 18).minusHours(1)).build()));
    desk.at(END.plusDays(1));
    Refusal dangling = refused(RefusalReason.INCONSISTENT_RECORD,
        () -> secretariat.draftMemo(ImmutableDraftMemo.copyOf(memo()).withIncludedCommentIds("no-such-comment")));

    assertEquals("keski-suomi/2026", backwards.subject());
    assertTrue(backwards.getMessage().contains("event[" + FORUM + "].end (2026-03-18T12:00) must be after"), backwards.getMessage());
    assertTrue(dangling.getMessage().contains("memo.includedCommentIds refers to unknown id 'no-such-comment'"),
        dangling.getMessage());
  }

  @Test
  void aRequestWithoutAnActorOrAnIdOrWithAnImpossibleYearIsRefused() {
    refused(RefusalReason.INVALID_REQUEST, () -> secretariat.cancelEvent(ImmutableEventStep.copyOf(desk.step(FORUM)).withActor(" ")));
    Refusal noId = refused(RefusalReason.INVALID_REQUEST,
        () -> secretariat.cancelEvent(ImmutableEventStep.copyOf(desk.step(FORUM)).withRequestId("")));
    assertEquals("requestId", noId.subject());
    Refusal badYear = refused(RefusalReason.INVALID_REQUEST,
        () -> secretariat.cancelEvent(ImmutableEventStep.copyOf(desk.step(FORUM)).withYear(1999)));
    assertTrue(badYear.getMessage().contains("year must be between 2000 and 2200, was 1999"), badYear.getMessage());
  }

  @Test
  void purgingAYearThatWasNeverStoredIsRefused() {
    Refusal refusal = assertThrows(Refusal.class, () -> secretariat.purgePersonalData(ImmutablePurgePersonalData.builder()
        .year(2030).expectedVersion(0).actor(SECRETARY).requestId(desk.id()).build()));

    assertEquals(RefusalReason.UNKNOWN_YEAR, refusal.reason());
    assertTrue(secretariat.find(2030).isEmpty());
  }

  /** Runs the step, expects the refusal, and checks that neither the year, its history nor its feed changed. */
  private Refusal refused(RefusalReason reason, Executable step) {
    Optional<StoredYear> year = desk.forumYears.find(KEY);
    ImmutableList<Change> history = desk.forumYears.history(KEY);
    String feed = desk.feed();

    Refusal refusal = assertThrows(Refusal.class, step);

    assertEquals(reason, refusal.reason(), refusal.getMessage());
    assertEquals(year, desk.forumYears.find(KEY));
    assertEquals(history, desk.forumYears.history(KEY));
    assertEquals(feed, desk.feed());
    return refusal;
  }

  private void heldWithClosedFeedbackAndADraftMemo() {
    secretariat.openFeedback(openFeedback());
    desk.at(END);
    secretariat.recordHeld(held());
    desk.at(END.plusDays(8));
    secretariat.draftMemo(memo());
  }

  private void appointTheWorkingGroup() {
    secretariat.appointWorkingGroup(appoint(CouncilTerm.containing(LocalDate.of(2026, 1, 1))));
  }

  private AppointWorkingGroup appoint(CouncilTerm term) {
    return ImmutableAppointWorkingGroup.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY)
        .requestId(desk.id()).term(term).addAllMembers(SampleYears.workingGroup().members()).build();
  }

  private SetAgenda agenda(String eventId, TopicKind topic) {
    return ImmutableSetAgenda.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id())
        .eventId(eventId)
        .addItems(ImmutableAgendaItem.builder().id("single").title("Kotihoidon palveluseteli").topic(topic).build())
        .build();
  }

  private ImmutablePublishRecording.Builder recording() {
    return ImmutablePublishRecording.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY)
        .requestId(desk.id()).eventId(FORUM);
  }

  private OpenFeedback openFeedback() {
    return ImmutableOpenFeedback.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id())
        .eventId(FORUM).build();
  }

  private TakeComment comment() {
    return ImmutableTakeComment.builder().year(2026).expectedVersion(desk.version()).actor("palaute").requestId(desk.id())
        .eventId(FORUM).text("Kiitos!").build();
  }

  private DraftMemo memo() {
    return ImmutableDraftMemo.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id())
        .eventId(FORUM).coversDiscussion(true).coversFeedback(true).build();
  }

  private DeliverMemo delivery() {
    return ImmutableDeliverMemo.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id())
        .eventId(FORUM).recipientKind(RecipientKind.REGIONAL_BOARD).recipient("aluehallitus").build();
  }

  private RecordHeld held() {
    return ImmutableRecordHeld.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id())
        .eventId(FORUM).build();
  }

  private MoveEvent move(String eventId, LocalDateTime start) {
    return ImmutableMoveEvent.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id())
        .eventId(eventId).start(start).end(start.plusHours(2)).build();
  }

  private ScheduleEvent schedule(EventPlan event) {
    return ImmutableScheduleEvent.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id())
        .event(event).build();
  }

  private RecordSignature signature() {
    return ImmutableRecordSignature.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY).requestId(desk.id())
        .signature(ImmutableSignature.builder().party(SampleYears.COUNTY.name()).signatory("Hyvinvointialuejohtaja")
            .signedOn(LocalDate.of(2026, 2, 2)).build())
        .build();
  }
}
