package fi.hyvinvointialue.forum.domain;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which of the model's fields are personal data, in one place: every named person (chair, secretary,
 * presenters, participants) unless the person agreed to be named publicly ({@link Person#publiclyNamed()}),
 * the authors of feedback comments, working-group members' names, the agreement's signatories, and a
 * memo's deliveries to a presenter who is not named publicly (the recipient is the presenter's name).
 * Organisations, titles of the record, texts of comments, head counts and the audit trail's actors are
 * not (the audit trail is the public body's own record).
 *
 * <p>The retention purge removes these fields; public pages and the HTTP API show the {@link #publicView}.
 */
public final class PersonalData {
  /** What stands where a name was withheld or purged: a required text is kept, the person is not. */
  public static final String WITHHELD = "(henkilötieto poistettu)";

  private PersonalData() {}

  /** The event without its personal data. */
  public static ForumEvent withoutPersonalData(ForumEvent event) {
    Set<String> publicPresenters = event.agenda().stream().flatMap(item -> item.presenter().stream())
        .filter(Person::publiclyNamed).map(Person::name).collect(Collectors.toSet());
    ImmutableForumEvent withoutPersons = ImmutableForumEvent.copyOf(event)
        .withMemo(event.memo().map(memo -> ImmutableMemo.copyOf(memo).withDeliveries(memo.deliveries().stream()
            .map(delivery -> delivery.recipientKind() != RecipientKind.PRESENTER || publicPresenters.contains(delivery.recipient())
                ? delivery : ImmutableMemoDelivery.copyOf(delivery).withRecipient(WITHHELD))
            .collect(ImmutableList.toImmutableList()))))
        .withChair(named(event.chair()))
        .withSecretary(named(event.secretary()))
        .withParticipants(event.participants().stream()
            .map(participant -> ImmutableParticipant.copyOf(participant).withPerson(named(participant.person())))
            .collect(ImmutableList.toImmutableList()))
        .withAgenda(event.agenda().stream()
            .map(item -> ImmutableAgendaItem.copyOf(item).withPresenter(named(item.presenter())))
            .collect(ImmutableList.toImmutableList()));
    return event.feedbackWindow()
        .map(window -> withoutPersons.withFeedbackWindow(ImmutableFeedbackWindow.copyOf(window).withComments(window.comments().stream()
            .map(comment -> ImmutableFeedbackComment.copyOf(comment).withAuthor(Optional.empty()))
            .collect(ImmutableList.toImmutableList()))))
        .orElse(withoutPersons);
  }

  /** The working group with its members' names withheld; their organisations, roles and terms stay. */
  public static WorkingGroup withoutPersonalData(WorkingGroup group) {
    return ImmutableWorkingGroup.copyOf(group).withMembers(group.members().stream()
        .map(member -> ImmutableWorkingGroupMember.copyOf(member).withName(WITHHELD))
        .collect(ImmutableList.toImmutableList()));
  }

  /** The agreement with its signatories withheld; the parties and the days they signed stay. */
  public static PartnershipAgreement withoutPersonalData(PartnershipAgreement agreement) {
    return ImmutablePartnershipAgreement.copyOf(agreement).withSignatures(agreement.signatures().stream()
        .map(signature -> ImmutableSignature.copyOf(signature).withSignatory(WITHHELD))
        .collect(ImmutableList.toImmutableList()));
  }

  /** The year without personal data in the events the predicate picks, and in its year-level records when asked. */
  public static ForumYear withoutPersonalData(ForumYear year, Predicate<ForumEvent> events, boolean yearRecords) {
    ImmutableForumYear purged = ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> events.test(event) ? withoutPersonalData(event) : event)
        .collect(ImmutableList.toImmutableList()));
    if (!yearRecords) {
      return purged;
    }
    return purged.withWorkingGroup(year.workingGroup().map(PersonalData::withoutPersonalData))
        .withPartnershipAgreement(year.partnershipAgreement().map(PersonalData::withoutPersonalData));
  }

  /** Only what the public may see of the year: nothing this class calls personal. */
  public static ForumYear publicView(ForumYear year) {
    return withoutPersonalData(year, event -> true, true);
  }

  private static Optional<Person> named(Optional<Person> person) {
    return person.filter(Person::publiclyNamed);
  }
}
