package fi.hyvinvointialue.forum.pages;

import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.PartnershipAgreement;
import fi.hyvinvointialue.forum.domain.PersonalData;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.Signature;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names {@link PersonalData} calls personal in a year, to withhold from texts made of the record
 * (a finding's message may name a presenter): everything its public view removes, as words.
 */
final class PersonalNames {
  private final List<String> names;

  private PersonalNames(List<String> names) {
    this.names = names;
  }

  static PersonalNames of(ForumYear year) {
    Stream<String> persons = year.events().stream().flatMap(PersonalNames::persons)
        .filter(person -> !person.publiclyNamed()).map(Person::name);
    Stream<String> authors = year.events().stream().flatMap(event -> event.feedbackWindow().stream())
        .flatMap(window -> window.comments().stream()).map(FeedbackComment::author).flatMap(Optional::stream);
    Stream<String> members = year.workingGroup().stream().map(WorkingGroup::members).flatMap(List::stream)
        .map(WorkingGroupMember::name);
    Stream<String> signatories = year.partnershipAgreement().stream().map(PartnershipAgreement::signatures)
        .flatMap(List::stream).map(Signature::signatory);
    // the longest first, so a name inside a longer one is not left half withheld
    return new PersonalNames(Stream.of(persons, authors, members, signatories).flatMap(names -> names)
        .filter(name -> !name.isBlank()).distinct().sorted(Comparator.comparing(String::length).reversed().thenComparing(name -> name))
        .collect(Collectors.toList()));
  }

  private static Stream<Person> persons(ForumEvent event) {
    return Stream.of(event.chair().stream(), event.secretary().stream(),
            event.participants().stream().map(Participant::person).flatMap(Optional::stream),
            event.agenda().stream().flatMap(item -> item.presenter().stream()))
        .flatMap(persons -> persons);
  }

  /** The names, the longest first. */
  List<String> names() {
    return names;
  }

  /** The text with every personal name replaced by {@link PersonalData#WITHHELD}. */
  String withheld(String text) {
    String result = text;
    for (String name : names) {
      result = result.replace(name, PersonalData.WITHHELD);
    }
    return result;
  }
}
