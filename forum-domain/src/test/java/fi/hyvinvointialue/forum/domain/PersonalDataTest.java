package fi.hyvinvointialue.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalDataTest {
  private final ForumYear year = SampleYears.keskiSuomiWithPartnership(2026);

  /** Every name the classification calls personal, gathered from the record. */
  private static Set<String> personalNames(ForumYear year) {
    Set<String> names = new HashSet<>();
    for (ForumEvent event : year.events()) {
      event.chair().filter(person -> !person.publiclyNamed()).ifPresent(person -> names.add(person.name()));
      event.secretary().filter(person -> !person.publiclyNamed()).ifPresent(person -> names.add(person.name()));
      event.participants().forEach(participant -> participant.person().filter(person -> !person.publiclyNamed())
          .ifPresent(person -> names.add(person.name())));
      event.agenda().forEach(item -> item.presenter().filter(person -> !person.publiclyNamed()).ifPresent(person -> names.add(person.name())));
      event.feedbackWindow().ifPresent(window -> window.comments().forEach(comment -> comment.author().ifPresent(names::add)));
    }
    year.workingGroup().ifPresent(group -> group.members().forEach(member -> names.add(member.name())));
    year.partnershipAgreement().ifPresent(agreement -> agreement.signatures().forEach(signature -> names.add(signature.signatory())));
    return names;
  }

  @Test
  void thePublicViewHoldsNoNameTheClassificationCallsPersonal() {
    Set<String> names = personalNames(year);
    assertFalse(names.isEmpty());

    ForumYear shown = PersonalData.publicView(year);

    assertEquals(Set.of(), personalNames(shown).stream().filter(name -> !name.equals(PersonalData.WITHHELD))
        .collect(java.util.stream.Collectors.toSet()));
    for (String name : names) {
      assertFalse(shown.toString().contains("name=" + name + ",") || shown.toString().contains("author=" + name),
          name + " is still in the public view");
    }
  }

  @Test
  void publiclyNamedPresentersTheRecordAndTheCountsStay() {
    ForumYear shown = PersonalData.publicView(year);

    for (int i = 0; i < year.events().size(); i++) {
      ForumEvent before = year.events().get(i);
      ForumEvent after = shown.events().get(i);
      assertEquals(before.agenda().stream().map(item -> item.presenter().filter(Person::publiclyNamed)).toList(),
          after.agenda().stream().map(AgendaItem::presenter).toList());
      assertEquals(before.participants().stream().mapToInt(Participant::count).sum(),
          after.participants().stream().mapToInt(Participant::count).sum());
      assertEquals(before.publications(), after.publications());
      assertEquals(before.title(), after.title());
    }
    assertTrue(shown.partnershipAgreement().orElseThrow().parties().equals(year.partnershipAgreement().orElseThrow().parties()));
    assertEquals(shown, PersonalData.publicView(shown), "withholding twice changes nothing");
  }
}
