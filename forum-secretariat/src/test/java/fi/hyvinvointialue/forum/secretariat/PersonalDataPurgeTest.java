package fi.hyvinvointialue.forum.secretariat;

import static fi.hyvinvointialue.forum.secretariat.Desk.KEY;
import static fi.hyvinvointialue.forum.secretariat.Desk.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.Person;
import fi.hyvinvointialue.forum.domain.PersonalData;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonalDataPurgeTest {
  private static final PolicyCalendar CALENDAR = PolicyCalendar.of(SampleYears.profile());
  private static final Period RETENTION = CALENDAR.personalDataRetention();
  private final ForumYear year = SampleYears.keskiSuomi(2026);
  private final ForumEvent last = year.event("foorumi-2026-4").orElseThrow();

  @Test
  void anEventPastItsRetentionLosesEveryPersonalFieldButNotItsRecord() {
    ForumEvent purged = PersonalDataPurge.purge(year, CALENDAR, after(last.end().plus(RETENTION))).event(last.id()).orElseThrow();

    FeedbackComment comment = purged.feedbackWindow().orElseThrow().comments().get(0);
    assertEquals(Optional.empty(), comment.author());
    assertEquals(last.feedbackWindow().orElseThrow().comments().get(0).text(), comment.text());
    assertTrue(purged.participants().stream().allMatch(participant -> participant.person().isEmpty()));
    assertEquals(
        last.participants().stream().mapToInt(Participant::count).sum(),
        purged.participants().stream().mapToInt(Participant::count).sum());
    assertEquals(last.memo().map(memo -> memo.items()), purged.memo().map(memo -> memo.items()));
    assertEquals(last.memo().map(memo -> memo.deliveries().size()), purged.memo().map(memo -> memo.deliveries().size()));
    assertTrue(purged.agenda().stream().allMatch(item -> item.presenter().map(Person::publiclyNamed).orElse(true)),
        "presenters not named publicly are gone, those who agreed stay");
    assertEquals(last.agenda().stream().map(AgendaItem::title).collect(Collectors.toList()),
        purged.agenda().stream().map(AgendaItem::title).collect(Collectors.toList()));
    assertEquals(last.chair().filter(Person::publiclyNamed), purged.chair());
    assertEquals(last.registrations(), purged.registrations());
    assertEquals(last.recording(), purged.recording());
    assertEquals(last.lastModified(), purged.lastModified());
  }

  @Test
  void anEventWithinItsRetentionIsKeptAsItIs() {
    Instant lastMoment = HelsinkiTime.instant(last.end().plus(RETENTION));

    ForumYear kept = PersonalDataPurge.purge(year, CALENDAR, lastMoment);

    assertEquals(last, kept.event(last.id()).orElseThrow());
    assertTrue(kept.event("foorumi-2026-1").orElseThrow().feedbackWindow().orElseThrow().comments().get(0).author().isEmpty());
  }

  @Test
  void purgingTwiceIsPurgingOnce() {
    Instant later = after(last.end().plus(RETENTION));
    ForumYear once = PersonalDataPurge.purge(year, CALENDAR, later);

    assertEquals(once, PersonalDataPurge.purge(once, CALENDAR, later));
    assertEquals(year.workingGroup(), once.workingGroup());
  }

  @Test
  void theOperationStoresThePurgeOnceAndAnotherRunStoresNothing() {
    Desk desk = new Desk(LocalDateTime.of(2026, 1, 5, 9, 0));
    ForumYear imported = desk.forumYears.save(year, SampleYears.profile(), 0, ImmutableChange.builder().actor(SECRETARY)
        .at(desk.clock.instant()).summary("import").build()).year();
    desk.at(last.end().plus(RETENTION).plusDays(1));

    Outcome purged = desk.secretariat.purgePersonalData(purge(desk, "purge-2027-11"));
    Outcome again = desk.secretariat.purgePersonalData(purge(desk, "purge-2027-12"));

    assertEquals(2, purged.version());
    ForumYear withoutPersonalData = PersonalDataPurge.purge(imported, CALENDAR, desk.clock.instant());
    assertEquals(EventStamps.stamp(Optional.of(imported), withoutPersonalData, desk.clock.instant()), purged.year());
    assertEquals("purge personal data kept longer than P1Y", desk.forumYears.history(KEY).get(1).summary());
    assertEquals(purged.stored(), again.stored());
    assertEquals(2, desk.forumYears.history(KEY).size());
    assertEquals(
        year.events().stream().map(ForumEvent::memo).collect(Collectors.toList()),
        purged.year().events().stream().map(ForumEvent::memo).collect(Collectors.toList()));
    assertEquals(withoutPersonalData, desk.forumYears.find(KEY, 1).orElseThrow().year(),
        "the version stored before the purge is purged too: the history keeps no personal data");
    assertEquals("import", desk.forumYears.history(KEY).get(0).summary(), "who, when and why stay");
  }

  @Test
  void aYearWithNothingPersonalIsUnchanged() {
    ForumYear empty = ImmutableForumYear.builder().countyId("keski-suomi").year(2026).build();

    assertEquals(empty, PersonalDataPurge.purge(empty, CALENDAR, Instant.parse("2030-01-01T00:00:00Z")));
  }

  private static Instant after(LocalDateTime helsinkiTime) {
    return HelsinkiTime.instant(helsinkiTime).plusSeconds(1);
  }

  private static PurgePersonalData purge(Desk desk, String requestId) {
    return ImmutablePurgePersonalData.builder().year(2026).expectedVersion(desk.version()).actor("retention-job")
        .requestId(requestId).build();
  }

  @Test
  void afterTheYearsRetentionItsWorkingGroupNamesAndSignatoriesAreWithheldTooAndNoPersonalNameIsLeft() {
    ForumYear withAll = SampleYears.keskiSuomiWithPartnership(2026);
    ForumYear purged = PersonalDataPurge.purge(withAll, CALENDAR, after(LocalDateTime.of(2027, 1, 1, 0, 0).plus(RETENTION)));

    assertTrue(purged.workingGroup().orElseThrow().members().stream().allMatch(member -> member.name().equals(PersonalData.WITHHELD)));
    assertTrue(purged.partnershipAgreement().orElseThrow().signatures().stream()
        .allMatch(signature -> signature.signatory().equals(PersonalData.WITHHELD)));
    assertEquals(withAll.workingGroup().orElseThrow().members().size(), purged.workingGroup().orElseThrow().members().size());
    assertEquals(PersonalData.publicView(withAll), purged, "the purge and the public view are the same classification");
  }
}
