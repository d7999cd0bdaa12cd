package fi.hyvinvointialue.forum.json;

import fi.hyvinvointialue.forum.domain.Access;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.Announcement;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CommunicationEntry;
import fi.hyvinvointialue.forum.domain.CommunicationPlan;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.DecisionPath;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnouncement;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationEntry;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationPlan;
import fi.hyvinvointialue.forum.domain.ImmutableDecision;
import fi.hyvinvointialue.forum.domain.ImmutableDecisionPath;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackComment;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutableMemoDelivery;
import fi.hyvinvointialue.forum.domain.ImmutableMemoItem;
import fi.hyvinvointialue.forum.domain.ImmutableOrganisation;
import fi.hyvinvointialue.forum.domain.ImmutableParticipant;
import fi.hyvinvointialue.forum.domain.ImmutablePartnershipAgreement;
import fi.hyvinvointialue.forum.domain.ImmutablePerson;
import fi.hyvinvointialue.forum.domain.ImmutablePlaybook;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.ImmutableRegistration;
import fi.hyvinvointialue.forum.domain.ImmutableRemoteConnection;
import fi.hyvinvointialue.forum.domain.ImmutableSignature;
import fi.hyvinvointialue.forum.domain.ImmutableTranslations;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.ImmutableVitalityPledge;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroupMember;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.MemberRole;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.MemoItem;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.Playbook;
import fi.hyvinvointialue.forum.domain.PlaybookSection;
import fi.hyvinvointialue.forum.domain.Publication;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.domain.Registration;
import fi.hyvinvointialue.forum.domain.RemoteConnection;
import fi.hyvinvointialue.forum.domain.Signature;
import fi.hyvinvointialue.forum.domain.SizeClass;
import fi.hyvinvointialue.forum.domain.StrategicGoal;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.Translations;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.VitalityPledge;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The plan file's shape for the year's parts, one record per domain value. Children are domain
 * values themselves (each read through its own record), so a record converts only its own level
 * and the domain's consistency checks fail at the place in the file they are about.
 */
final class YearDtos {
  private YearDtos() {}

  /** Lists the file leaves out are empty. */
  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  record OrganisationDto(String name, OrganisationKind kind, @Omittable String businessId) {
    static OrganisationDto of(Organisation value) {
      return new OrganisationDto(value.name(), value.kind(), value.businessId().orElse(null));
    }

    Organisation toDomain() {
      return ImmutableOrganisation.builder().name(name).kind(kind).businessId(Optional.ofNullable(businessId)).build();
    }
  }

  record PersonDto(String name, @Omittable Organisation organisation, @Omittable Boolean publiclyNamed) {
    static PersonDto of(Person value) {
      return new PersonDto(value.name(), value.organisation().orElse(null), value.publiclyNamed());
    }

    Person toDomain() {
      ImmutablePerson.Builder person = ImmutablePerson.builder().name(name).organisation(Optional.ofNullable(organisation));
      if (publiclyNamed != null) {
        person.publiclyNamed(publiclyNamed);
      }
      return person.build();
    }
  }

  /** {@code placeholder} is written only when true: a confirmed venue's file does not mention it. */
  record VenueDto(String name, @Omittable String address, @Omittable String municipality, @Omittable Boolean placeholder) {
    static VenueDto of(Venue value) {
      return new VenueDto(value.name(), value.address().orElse(null), value.municipality().orElse(null),
          onlyIfTrue(value.placeholder()));
    }

    Venue toDomain() {
      return ImmutableVenue.builder().name(name).address(Optional.ofNullable(address))
          .municipality(Optional.ofNullable(municipality)).placeholder(Boolean.TRUE.equals(placeholder)).build();
    }
  }

  /** {@code placeholder} is written only when true, as for the venue. */
  record RemoteConnectionDto(URI uri, @Omittable String platform, @Omittable Boolean placeholder) {
    static RemoteConnectionDto of(RemoteConnection value) {
      return new RemoteConnectionDto(value.uri(), value.platform().orElse(null), onlyIfTrue(value.placeholder()));
    }

    RemoteConnection toDomain() {
      return ImmutableRemoteConnection.builder().uri(uri).platform(Optional.ofNullable(platform))
          .placeholder(Boolean.TRUE.equals(placeholder)).build();
    }
  }

  private static Boolean onlyIfTrue(boolean flag) {
    return flag ? Boolean.TRUE : null;
  }

  record ParticipantDto(ParticipantRole role, @Omittable Person person, @Omittable @AtLeast(1) Integer count) {
    static ParticipantDto of(Participant value) {
      return new ParticipantDto(value.role(), value.person().orElse(null), value.count());
    }

    Participant toDomain() {
      ImmutableParticipant.Builder participant = ImmutableParticipant.builder().role(role).person(Optional.ofNullable(person));
      if (count != null) {
        participant.count(count);
      }
      return participant.build();
    }
  }

  record RegistrationDto(Organisation organisation, boolean operatesInRegion, boolean accepted, @Omittable String reason) {
    static RegistrationDto of(Registration value) {
      return new RegistrationDto(value.organisation(), value.operatesInRegion(), value.accepted(), value.reason().orElse(null));
    }

    Registration toDomain() {
      return ImmutableRegistration.builder().organisation(organisation).operatesInRegion(operatesInRegion)
          .accepted(accepted).reason(Optional.ofNullable(reason)).build();
    }
  }

  record DecisionPathDto(@Omittable String decisionId, String description) {
    static DecisionPathDto of(DecisionPath value) {
      return new DecisionPathDto(value.decisionId().orElse(null), value.description());
    }

    DecisionPath toDomain() {
      return ImmutableDecisionPath.builder().decisionId(Optional.ofNullable(decisionId)).description(description).build();
    }
  }

  record TranslationsDto(@Omittable String sv, @Omittable String en) {
    static TranslationsDto of(Translations value) {
      return new TranslationsDto(value.sv().orElse(null), value.en().orElse(null));
    }

    Translations toDomain() {
      return ImmutableTranslations.builder().sv(Optional.ofNullable(sv)).en(Optional.ofNullable(en)).build();
    }
  }

  record AgendaItemDto(
      String id,
      String title,
      @Omittable Translations titleTranslations,
      @Omittable TopicKind topic,
      @Omittable Person presenter,
      List<StrategicGoal> strategicGoals,
      @Omittable String themeId,
      @Omittable DecisionPath decisionPath) {
    static AgendaItemDto of(AgendaItem value) {
      return new AgendaItemDto(value.id(), value.title(), value.titleTranslations().orElse(null), value.topic(), value.presenter().orElse(null),
          List.copyOf(value.strategicGoals()), value.themeId().orElse(null), value.decisionPath().orElse(null));
    }

    AgendaItem toDomain() {
      ImmutableAgendaItem.Builder item = ImmutableAgendaItem.builder().id(id).title(title)
          .titleTranslations(Optional.ofNullable(titleTranslations))
          .presenter(Optional.ofNullable(presenter)).addAllStrategicGoals(list(strategicGoals))
          .themeId(Optional.ofNullable(themeId)).decisionPath(Optional.ofNullable(decisionPath));
      if (topic != null) {
        item.topic(topic);
      }
      return item.build();
    }
  }

  record PublicationDto(MaterialKind material, Channel channel, LocalDateTime publishedAt, @Omittable URI uri) {
    static PublicationDto of(Publication value) {
      return new PublicationDto(value.material(), value.channel(), value.publishedAt(), value.uri().orElse(null));
    }

    Publication toDomain() {
      return ImmutablePublication.builder().material(material).channel(channel).publishedAt(publishedAt)
          .uri(Optional.ofNullable(uri)).build();
    }
  }

  record AnnouncementDto(Channel channel, LocalDateTime announcedAt, @Omittable URI uri) {
    static AnnouncementDto of(Announcement value) {
      return new AnnouncementDto(value.channel(), value.announcedAt(), value.uri().orElse(null));
    }

    Announcement toDomain() {
      return ImmutableAnnouncement.builder().channel(channel).announcedAt(announcedAt).uri(Optional.ofNullable(uri)).build();
    }
  }

  record FeedbackCommentDto(String id, LocalDateTime receivedAt, String text, @Omittable String author) {
    static FeedbackCommentDto of(FeedbackComment value) {
      return new FeedbackCommentDto(value.id(), value.receivedAt(), value.text(), value.author().orElse(null));
    }

    FeedbackComment toDomain() {
      return ImmutableFeedbackComment.builder().id(id).receivedAt(receivedAt).text(text)
          .author(Optional.ofNullable(author)).build();
    }
  }

  record FeedbackWindowDto(LocalDateTime opensAt, LocalDateTime closesAt, @Omittable URI uri, List<FeedbackComment> comments) {
    static FeedbackWindowDto of(FeedbackWindow value) {
      return new FeedbackWindowDto(value.opensAt(), value.closesAt(), value.uri().orElse(null), value.comments());
    }

    FeedbackWindow toDomain() {
      return ImmutableFeedbackWindow.builder().opensAt(opensAt).closesAt(closesAt).uri(Optional.ofNullable(uri))
          .addAllComments(list(comments)).build();
    }
  }

  record RecordingDto(
      @Omittable LocalDateTime publishedAt, @Omittable LocalDateTime removedAt, @Omittable URI uri, @Omittable Boolean accessible) {
    static RecordingDto of(Recording value) {
      return new RecordingDto(value.publishedAt().orElse(null), value.removedAt().orElse(null), value.uri().orElse(null),
          value.accessible());
    }

    Recording toDomain() {
      ImmutableRecording.Builder recording = ImmutableRecording.builder().publishedAt(Optional.ofNullable(publishedAt))
          .removedAt(Optional.ofNullable(removedAt)).uri(Optional.ofNullable(uri));
      if (accessible != null) {
        recording.accessible(accessible);
      }
      return recording.build();
    }
  }

  record MemoItemDto(String agendaItemId, String decisionHandling) {
    static MemoItemDto of(MemoItem value) {
      return new MemoItemDto(value.agendaItemId(), value.decisionHandling());
    }

    MemoItem toDomain() {
      return ImmutableMemoItem.builder().agendaItemId(agendaItemId).decisionHandling(decisionHandling).build();
    }
  }

  record MemoDeliveryDto(RecipientKind recipientKind, String recipient, LocalDateTime deliveredAt) {
    static MemoDeliveryDto of(MemoDelivery value) {
      return new MemoDeliveryDto(value.recipientKind(), value.recipient(), value.deliveredAt());
    }

    MemoDelivery toDomain() {
      return ImmutableMemoDelivery.builder().recipientKind(recipientKind).recipient(recipient).deliveredAt(deliveredAt).build();
    }
  }

  record MemoDto(
      @Omittable LocalDateTime completedAt,
      boolean coversDiscussion,
      boolean coversFeedback,
      List<String> includedCommentIds,
      List<MemoItem> items,
      @Omittable LocalDateTime reviewedAt,
      @Omittable LocalDateTime publishedAt,
      List<MemoDelivery> deliveries) {
    static MemoDto of(Memo value) {
      return new MemoDto(value.completedAt().orElse(null), value.coversDiscussion(), value.coversFeedback(),
          List.copyOf(value.includedCommentIds()), value.items(), value.reviewedAt().orElse(null),
          value.publishedAt().orElse(null), value.deliveries());
    }

    Memo toDomain() {
      return ImmutableMemo.builder().completedAt(Optional.ofNullable(completedAt)).coversDiscussion(coversDiscussion)
          .coversFeedback(coversFeedback).addAllIncludedCommentIds(list(includedCommentIds)).addAllItems(list(items))
          .reviewedAt(Optional.ofNullable(reviewedAt)).publishedAt(Optional.ofNullable(publishedAt))
          .addAllDeliveries(list(deliveries)).build();
    }
  }

  record ForumEventDto(
      String id,
      EventKind kind,
      String title,
      @Omittable Translations titleTranslations,
      LocalDateTime start,
      LocalDateTime end,
      @Omittable EventStatus status,
      @Omittable Access access,
      @Omittable Venue venue,
      @Omittable RemoteConnection remoteConnection,
      @Omittable Organisation convener,
      @Omittable Person chair,
      @Omittable Person secretary,
      List<Participant> participants,
      List<Registration> registrations,
      List<AgendaItem> agenda,
      List<Publication> publications,
      List<Announcement> announcements,
      @Omittable FeedbackWindow feedbackWindow,
      @Omittable Recording recording,
      @Omittable Memo memo,
      @Omittable String additionalReason,
      @Omittable Instant created,
      @Omittable Instant lastModified,
      @Omittable Integer sequence,
      @Omittable String uid) {
    static ForumEventDto of(ForumEvent value) {
      return new ForumEventDto(value.id(), value.kind(), value.title(), value.titleTranslations().orElse(null), value.start(), value.end(), value.status(),
          value.access(), value.venue().orElse(null), value.remoteConnection().orElse(null),
          value.convener().orElse(null), value.chair().orElse(null), value.secretary().orElse(null),
          value.participants(), value.registrations(), value.agenda(), value.publications(), value.announcements(),
          value.feedbackWindow().orElse(null), value.recording().orElse(null), value.memo().orElse(null),
          value.additionalReason().orElse(null), value.created().orElse(null), value.lastModified().orElse(null),
          value.sequence(), value.uid().orElse(null));
    }

    ForumEvent toDomain() {
      ImmutableForumEvent.Builder event = ImmutableForumEvent.builder().id(id).kind(kind).title(title)
          .titleTranslations(Optional.ofNullable(titleTranslations)).start(start).end(end)
          .venue(Optional.ofNullable(venue)).remoteConnection(Optional.ofNullable(remoteConnection))
          .convener(Optional.ofNullable(convener)).chair(Optional.ofNullable(chair))
          .secretary(Optional.ofNullable(secretary)).addAllParticipants(list(participants))
          .addAllRegistrations(list(registrations)).addAllAgenda(list(agenda)).addAllPublications(list(publications))
          .addAllAnnouncements(list(announcements)).feedbackWindow(Optional.ofNullable(feedbackWindow))
          .recording(Optional.ofNullable(recording)).memo(Optional.ofNullable(memo))
          .additionalReason(Optional.ofNullable(additionalReason)).created(Optional.ofNullable(created))
          .lastModified(Optional.ofNullable(lastModified)).uid(Optional.ofNullable(uid));
      if (status != null) {
        event.status(status);
      }
      if (access != null) {
        event.access(access);
      }
      if (sequence != null) {
        event.sequence(sequence);
      }
      return event.build();
    }
  }

  record DecisionDto(String id, String title, @Omittable DecisionKind kind, BodyKind body, String bodyName, LocalDate date) {
    static DecisionDto of(Decision value) {
      return new DecisionDto(value.id(), value.title(), value.kind(), value.body(), value.bodyName(), value.date());
    }

    Decision toDomain() {
      ImmutableDecision.Builder decision =
          ImmutableDecision.builder().id(id).title(title).body(body).bodyName(bodyName).date(date);
      if (kind != null) {
        decision.kind(kind);
      }
      return decision.build();
    }
  }

  record ClockThemeDto(String id, String title, ThemeKind kind, List<String> decisionIds) {
    static ClockThemeDto of(ClockTheme value) {
      return new ClockThemeDto(value.id(), value.title(), value.kind(), value.decisionIds());
    }

    ClockTheme toDomain() {
      return ImmutableClockTheme.builder().id(id).title(title).kind(kind).addAllDecisionIds(list(decisionIds)).build();
    }
  }

  /** The annual clock without its year, which is the plan's. */
  record ClockDto(List<ClockTheme> themes, List<Decision> decisions) {}

  record WorkingGroupMemberDto(
      String name,
      Organisation organisation,
      MemberRole role,
      @Omittable String industryCode,
      @Omittable SizeClass sizeClass,
      @Omittable String subRegion,
      LocalDate memberFrom,
      LocalDate memberUntil) {
    static WorkingGroupMemberDto of(WorkingGroupMember value) {
      return new WorkingGroupMemberDto(value.name(), value.organisation(), value.role(), value.industryCode().orElse(null),
          value.sizeClass().orElse(null), value.subRegion().orElse(null), value.memberFrom(), value.memberUntil());
    }

    WorkingGroupMember toDomain() {
      return ImmutableWorkingGroupMember.builder().name(name).organisation(organisation).role(role)
          .industryCode(Optional.ofNullable(industryCode)).sizeClass(Optional.ofNullable(sizeClass))
          .subRegion(Optional.ofNullable(subRegion)).memberFrom(memberFrom).memberUntil(memberUntil).build();
    }
  }

  record WorkingGroupDto(LocalDate termStart, LocalDate termEnd, @Omittable LocalDate appointedOn, List<WorkingGroupMember> members) {
    static WorkingGroupDto of(WorkingGroup value) {
      return new WorkingGroupDto(value.termStart(), value.termEnd(), value.appointedOn().orElse(null), value.members());
    }

    WorkingGroup toDomain() {
      return ImmutableWorkingGroup.builder().termStart(termStart).termEnd(termEnd)
          .appointedOn(Optional.ofNullable(appointedOn)).addAllMembers(list(members)).build();
    }
  }

  record CommunicationEntryDto(String eventId, Channel channel, LocalDate plannedOn) {
    static CommunicationEntryDto of(CommunicationEntry value) {
      return new CommunicationEntryDto(value.eventId(), value.channel(), value.plannedOn());
    }

    CommunicationEntry toDomain() {
      return ImmutableCommunicationEntry.builder().eventId(eventId).channel(channel).plannedOn(plannedOn).build();
    }
  }

  record CommunicationPlanDto(List<Channel> channels, List<Organisation> partners, List<CommunicationEntry> entries) {
    static CommunicationPlanDto of(CommunicationPlan value) {
      return new CommunicationPlanDto(List.copyOf(value.channels()), value.partners(), value.entries());
    }

    CommunicationPlan toDomain() {
      return ImmutableCommunicationPlan.builder().addAllChannels(list(channels)).addAllPartners(list(partners))
          .addAllEntries(list(entries)).build();
    }
  }

  record SignatureDto(String party, String signatory, LocalDate signedOn) {
    static SignatureDto of(Signature value) {
      return new SignatureDto(value.party(), value.signatory(), value.signedOn());
    }

    Signature toDomain() {
      return ImmutableSignature.builder().party(party).signatory(signatory).signedOn(signedOn).build();
    }
  }

  record VitalityPledgeDto(LocalDate committedOn, List<String> parties) {
    static VitalityPledgeDto of(VitalityPledge value) {
      return new VitalityPledgeDto(value.committedOn(), value.parties());
    }

    VitalityPledge toDomain() {
      return ImmutableVitalityPledge.builder().committedOn(committedOn).addAllParties(list(parties)).build();
    }
  }

  record PartnershipAgreementDto(
      String title,
      boolean written,
      List<String> sharedGoals,
      List<Organisation> parties,
      List<Signature> signatures,
      @Omittable VitalityPledge vitalityPledge) {
    static PartnershipAgreementDto of(PartnershipAgreement value) {
      return new PartnershipAgreementDto(value.title(), value.written(), value.sharedGoals(), value.parties(),
          value.signatures(), value.vitalityPledge().orElse(null));
    }

    PartnershipAgreement toDomain() {
      return ImmutablePartnershipAgreement.builder().title(title).written(written).addAllSharedGoals(list(sharedGoals))
          .addAllParties(list(parties)).addAllSignatures(list(signatures))
          .vitalityPledge(Optional.ofNullable(vitalityPledge)).build();
    }
  }

  record PlaybookDto(String title, List<PlaybookSection> sections, List<Organisation> authors, @Omittable LocalDate adoptedOn) {
    static PlaybookDto of(Playbook value) {
      return new PlaybookDto(value.title(), List.copyOf(value.sections()), value.authors(), value.adoptedOn().orElse(null));
    }

    Playbook toDomain() {
      return ImmutablePlaybook.builder().title(title).addAllSections(list(sections)).addAllAuthors(list(authors))
          .adoptedOn(Optional.ofNullable(adoptedOn)).build();
    }
  }
}
