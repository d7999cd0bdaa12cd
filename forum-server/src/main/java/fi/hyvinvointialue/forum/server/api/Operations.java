package fi.hyvinvointialue.forum.server.api;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.Playbook;
import fi.hyvinvointialue.forum.domain.Registration;
import fi.hyvinvointialue.forum.domain.Signature;
import fi.hyvinvointialue.forum.json.OperationBodies.AgendaBody;
import fi.hyvinvointialue.forum.json.OperationBodies.AgreementBody;
import fi.hyvinvointialue.forum.json.OperationBodies.AnnouncementBody;
import fi.hyvinvointialue.forum.json.OperationBodies.CommentBody;
import fi.hyvinvointialue.forum.json.OperationBodies.DeliveryBody;
import fi.hyvinvointialue.forum.json.OperationBodies.EmptyBody;
import fi.hyvinvointialue.forum.json.OperationBodies.EventPlanBody;
import fi.hyvinvointialue.forum.json.OperationBodies.FeedbackBody;
import fi.hyvinvointialue.forum.json.OperationBodies.MaterialBody;
import fi.hyvinvointialue.forum.json.OperationBodies.MembersBody;
import fi.hyvinvointialue.forum.json.OperationBodies.MemoDraftBody;
import fi.hyvinvointialue.forum.json.OperationBodies.MoveBody;
import fi.hyvinvointialue.forum.json.OperationBodies.ParticipantsBody;
import fi.hyvinvointialue.forum.json.OperationBodies.PlanYearBody;
import fi.hyvinvointialue.forum.json.OperationBodies.PledgeBody;
import fi.hyvinvointialue.forum.json.OperationBodies.RecordingBody;
import fi.hyvinvointialue.forum.json.OperationBodies.WorkingGroupBody;
import fi.hyvinvointialue.forum.secretariat.EventPlan;
import fi.hyvinvointialue.forum.secretariat.ImmutableAnnounceDate;
import fi.hyvinvointialue.forum.secretariat.ImmutableAppointWorkingGroup;
import fi.hyvinvointialue.forum.secretariat.ImmutableDeliverMemo;
import fi.hyvinvointialue.forum.secretariat.ImmutableDraftMemo;
import fi.hyvinvointialue.forum.secretariat.ImmutableEventPlan;
import fi.hyvinvointialue.forum.secretariat.ImmutableEventStep;
import fi.hyvinvointialue.forum.secretariat.ImmutableMoveEvent;
import fi.hyvinvointialue.forum.secretariat.ImmutableOpenFeedback;
import fi.hyvinvointialue.forum.secretariat.ImmutablePlanYear;
import fi.hyvinvointialue.forum.secretariat.ImmutablePublishMaterial;
import fi.hyvinvointialue.forum.secretariat.ImmutablePublishRecording;
import fi.hyvinvointialue.forum.secretariat.ImmutablePurgePersonalData;
import fi.hyvinvointialue.forum.secretariat.ImmutableRecordHeld;
import fi.hyvinvointialue.forum.secretariat.ImmutableRecordPledge;
import fi.hyvinvointialue.forum.secretariat.ImmutableRecordRegistration;
import fi.hyvinvointialue.forum.secretariat.ImmutableRecordSignature;
import fi.hyvinvointialue.forum.secretariat.ImmutableRegisterAgreement;
import fi.hyvinvointialue.forum.secretariat.ImmutableRegisterPlaybook;
import fi.hyvinvointialue.forum.secretariat.ImmutableScheduleEvent;
import fi.hyvinvointialue.forum.secretariat.ImmutableSetAgenda;
import fi.hyvinvointialue.forum.secretariat.ImmutableSetCommunicationPlan;
import fi.hyvinvointialue.forum.secretariat.ImmutableSetPermanentMembers;
import fi.hyvinvointialue.forum.secretariat.ImmutableTakeComment;
import fi.hyvinvointialue.forum.secretariat.Outcome;
import fi.hyvinvointialue.forum.secretariat.Secretariat;
import java.util.Optional;

/**
 * The secretariat's operations as the API offers them: each a path under the year ({@code /api/v1/{county}/{year}/…},
 * an event's under {@code events/{event}/…}), the body it takes, and the {@link Secretariat} step it is. The
 * routes and the OpenAPI document are checked against this one list.
 */
final class Operations {
  /** Who asks, on which version, with which request id, about which event: what every request to the secretariat carries. */
  record Basis(int year, long expectedVersion, String actor, String requestId, String eventId) {}

  /** One step of the secretariat, given its body. */
  interface Step<B> {
    Outcome take(Secretariat secretariat, B body, Basis basis);
  }

  /**
   * An operation: its path under the year, and the body and step it takes.
   *
   * @param path relative to the year: {@code plan}, {@code events/{event}/move}, ...
   * @param summary what it does, as the OpenAPI document says it
   */
  record Operation<B>(String path, String summary, Class<B> body, Step<B> step) {
    boolean onAnEvent() {
      return path.startsWith(EVENT);
    }
  }

  static final String EVENT = "events/{event}/";

  static final ImmutableList<Operation<?>> ALL = ImmutableList.of(
      // the year
      new Operation<>("plan", "Plans the year: its annual clock (replacing any earlier one) and the forums it sets",
          PlanYearBody.class, (secretariat, body, on) -> secretariat.planYear(
          ImmutablePlanYear.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor()).requestId(on.requestId())
              .clock(body.clock(on.year())).addAllEvents(body.events().stream().map(Operations::event).toList()).build())),
      new Operation<>("events", "Schedules one forum or targeted event",
          EventPlanBody.class, (secretariat, body, on) -> secretariat.scheduleEvent(
          ImmutableScheduleEvent.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor()).requestId(on.requestId())
              .event(event(body)).build())),
      new Operation<>("working-group", "Appoints the working group for a council term that covers the year (TL-3.4–3.6)",
          WorkingGroupBody.class, (secretariat, body, on) -> secretariat.appointWorkingGroup(
          ImmutableAppointWorkingGroup.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).term(CouncilTerm.of(body.termStart(), body.termEnd()))
              .appointedOn(Optional.ofNullable(body.appointedOn())).addAllMembers(body.members()).build())),
      new Operation<>("communication-plan", "Sets the year's communication plan (TL-5.1, TL-5.2)",
          CommunicationPlan.class, (secretariat, body, on) -> secretariat.setCommunicationPlan(
          ImmutableSetCommunicationPlan.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).plan(body).build())),
      new Operation<>("permanent-members", "Sets the forum's permanent members (KE-1)",
          MembersBody.class, (secretariat, body, on) -> secretariat.setPermanentMembers(
          ImmutableSetPermanentMembers.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).addAllMembers(body.members()).build())),
      new Operation<>("agreement", "Registers the partnership agreement (KE-4); signatures and the pledge already recorded are kept",
          AgreementBody.class, (secretariat, body, on) -> secretariat.registerAgreement(
          ImmutableRegisterAgreement.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).title(body.title()).written(body.written()).addAllSharedGoals(body.sharedGoals())
              .addAllParties(body.parties()).build())),
      new Operation<>("agreement/signatures", "Records one party's signature on the registered agreement (KE-4)",
          Signature.class, (secretariat, body, on) -> secretariat.recordSignature(
          ImmutableRecordSignature.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).signature(body).build())),
      new Operation<>("agreement/pledge", "Records the parties' commitment to the vitality pledge (KE-5)",
          PledgeBody.class, (secretariat, body, on) -> secretariat.recordPledge(
          ImmutableRecordPledge.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).committedOn(Optional.ofNullable(body.committedOn())).addAllParties(body.parties()).build())),
      new Operation<>("playbook", "Registers the partnership playbook (KE-3)",
          Playbook.class, (secretariat, body, on) -> secretariat.registerPlaybook(
          ImmutableRegisterPlaybook.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).playbook(body).build())),
      new Operation<>("purge", "Purges the personal data kept longer than the profile's retention, from every version",
          EmptyBody.class, (secretariat, body, on) -> secretariat.purgePersonalData(
          ImmutablePurgePersonalData.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).build())),
      // an event
      new Operation<>(EVENT + "move", "Moves the event to another time in the same year (and place, if given); subscribed calendars follow",
          MoveBody.class, (secretariat, body, on) -> secretariat.moveEvent(
          ImmutableMoveEvent.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor()).requestId(on.requestId())
              .eventId(on.eventId()).start(body.start()).end(body.end()).venue(Optional.ofNullable(body.venue()))
              .remoteConnection(Optional.ofNullable(body.remoteConnection())).build())),
      new Operation<>(EVENT + "cancel", "Cancels the event",
          EmptyBody.class, (secretariat, body, on) -> secretariat.cancelEvent(step(on))),
      new Operation<>(EVENT + "held", "Records the event as held, with who took part",
          ParticipantsBody.class, (secretariat, body, on) -> secretariat.recordHeld(
          ImmutableRecordHeld.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor()).requestId(on.requestId())
              .eventId(on.eventId()).addAllParticipants(body.participants()).build())),
      new Operation<>(EVENT + "agenda", "Sets the event's agenda; single procurements and service vouchers never go on an open forum's (TL-2.5)",
          AgendaBody.class, (secretariat, body, on) -> secretariat.setAgenda(
          ImmutableSetAgenda.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor()).requestId(on.requestId())
              .eventId(on.eventId()).addAllItems(body.items()).build())),
      new Operation<>(EVENT + "registrations", "Records a provider's sign-up and whether it was accepted (TL-3.7)",
          Registration.class, (secretariat, body, on) -> secretariat.recordRegistration(
          ImmutableRecordRegistration.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).eventId(on.eventId()).registration(body).build())),
      new Operation<>(EVENT + "materials", "Records that a material (content, agenda, background) was published now (TL-4.1)",
          MaterialBody.class, (secretariat, body, on) -> secretariat.publishMaterial(
          ImmutablePublishMaterial.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).eventId(on.eventId()).material(body.material())
              .channel(Optional.ofNullable(body.channel())).uri(Optional.ofNullable(body.uri())).build())),
      new Operation<>(EVENT + "announcements", "Records that the event's date was announced now in a channel (TL-4.3)",
          AnnouncementBody.class, (secretariat, body, on) -> secretariat.announceDate(
          ImmutableAnnounceDate.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).eventId(on.eventId()).channel(body.channel()).uri(Optional.ofNullable(body.uri())).build())),
      new Operation<>(EVENT + "feedback/open", "Opens the electronic feedback window, by default from the event's end for the profile's minimum (TL-4.6)",
          FeedbackBody.class, (secretariat, body, on) -> secretariat.openFeedback(
          ImmutableOpenFeedback.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).eventId(on.eventId()).opensAt(Optional.ofNullable(body.opensAt()))
              .closesAt(Optional.ofNullable(body.closesAt())).uri(Optional.ofNullable(body.uri())).build())),
      new Operation<>(EVENT + "feedback/close", "Closes the open feedback window now",
          EmptyBody.class, (secretariat, body, on) -> secretariat.closeFeedback(step(on))),
      new Operation<>(EVENT + "comments", "Takes in a comment through the open feedback window; the Idempotency-Key becomes the comment's id",
          CommentBody.class, (secretariat, body, on) -> secretariat.takeComment(
          ImmutableTakeComment.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).eventId(on.eventId()).text(body.text()).author(Optional.ofNullable(body.author())).build())),
      new Operation<>(EVENT + "recording", "Publishes the event's recording (TL-4.7)",
          RecordingBody.class, (secretariat, body, on) -> secretariat.publishRecording(
          ImmutablePublishRecording.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).eventId(on.eventId()).publishedAt(body.publishedAt())
              .removedAt(Optional.ofNullable(body.removedAt())).uri(Optional.ofNullable(body.uri()))
              .accessible(Boolean.TRUE.equals(body.accessible())).build())),
      new Operation<>(EVENT + "recording/take-down", "Takes the recording down now",
          EmptyBody.class, (secretariat, body, on) -> secretariat.takeDownRecording(step(on))),
      new Operation<>(EVENT + "memo/draft", "Completes the memo's draft now, after the event and the feedback window (TL-4.8, TL-4.9)",
          MemoDraftBody.class, (secretariat, body, on) -> secretariat.draftMemo(
          ImmutableDraftMemo.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor()).requestId(on.requestId())
              .eventId(on.eventId()).coversDiscussion(body.coversDiscussion()).coversFeedback(body.coversFeedback())
              .addAllIncludedCommentIds(body.includedCommentIds()).addAllItems(body.items()).build())),
      new Operation<>(EVENT + "memo/review", "Records the working group's review of the memo (TL-4.10)",
          EmptyBody.class, (secretariat, body, on) -> secretariat.reviewMemo(step(on))),
      new Operation<>(EVENT + "memo/publish", "Publishes the reviewed memo (TL-4.10)",
          EmptyBody.class, (secretariat, body, on) -> secretariat.publishMemo(step(on))),
      new Operation<>(EVENT + "memo/deliveries", "Records the memo's delivery to one recipient (TL-4.8)",
          DeliveryBody.class, (secretariat, body, on) -> secretariat.deliverMemo(
          ImmutableDeliverMemo.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
              .requestId(on.requestId()).eventId(on.eventId()).recipientKind(body.recipientKind()).recipient(body.recipient()).build())));

  private Operations() {}

  private static ImmutableEventStep step(Basis on) {
    return ImmutableEventStep.builder().year(on.year()).expectedVersion(on.expectedVersion()).actor(on.actor())
        .requestId(on.requestId()).eventId(on.eventId()).build();
  }

  private static EventPlan event(EventPlanBody body) {
    ImmutableEventPlan.Builder event = ImmutableEventPlan.builder().id(body.id()).kind(body.kind()).title(body.title())
        .start(body.start()).end(body.end()).venue(Optional.ofNullable(body.venue()))
        .remoteConnection(Optional.ofNullable(body.remoteConnection())).convener(Optional.ofNullable(body.convener()))
        .chair(Optional.ofNullable(body.chair())).secretary(Optional.ofNullable(body.secretary()))
        .additionalReason(Optional.ofNullable(body.additionalReason()));
    if (body.access() != null) {
      event.access(body.access());
    }
    return event.build();
  }
}
