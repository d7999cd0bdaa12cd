package fi.hyvinvointialue.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Consistency is kept by the values themselves, with messages that name the field. */
class ForumYearTest {
  private final ForumYear year = SampleYears.keskiSuomiWithPartnership(2026);
  private final ForumEvent forum = year.events().get(0);

  @Test
  void theSampleYearIsConsistent() {
    assertEquals(5, year.events().size());
    assertEquals(YearKey.of("keski-suomi", 2026), year.key());
  }

  @Test
  void anEventEndsAfterItStarts() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> ImmutableForumEvent.copyOf(forum).withEnd(forum.start()));
    assertEquals(
        "event[foorumi-2026-1].end (2026-03-11T13:00) must be after event[foorumi-2026-1].start (2026-03-11T13:00)",
        error.getMessage());
  }

  @Test
  void eventIdsAreUnique() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> ImmutableForumYear.copyOf(year).withEvents(forum, forum));
    assertEquals("events has duplicate ids: foorumi-2026-1", error.getMessage());
  }

  @Test
  void anEventBelongsToTheYearItStartsIn() {
    ForumEvent nextYear =
        ImmutableForumEvent.copyOf(forum).withEnd(LocalDateTime.of(2027, 1, 5, 15, 0)).withStart(LocalDateTime.of(2027, 1, 5, 13, 0));
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> ImmutableForumYear.copyOf(year).withEvents(nextYear));
    assertEquals("event[foorumi-2026-1].start (2027-01-05T13:00) is not in the year 2026", error.getMessage());
  }

  @Test
  void anAgendaItemRefersToAThemeOnTheClock() {
    AgendaItem stray = ImmutableAgendaItem.copyOf(forum.agenda().get(0)).withThemeId("no-such-theme");
    ForumEvent strayForum = ImmutableForumEvent.copyOf(forum).withAgenda(stray, forum.agenda().get(1));
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> ImmutableForumYear.copyOf(year).withEvents(strayForum));
    assertEquals("event[foorumi-2026-1].agenda[foorumi-2026-1-a1].themeId refers to unknown id 'no-such-theme'", error.getMessage());
  }

  @Test
  void theFeedbackWindowClosesAfterItOpens() {
    FeedbackWindow window = forum.feedbackWindow().orElseThrow();
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> ImmutableFeedbackWindow.copyOf(window).withClosesAt(window.opensAt().minusDays(1)));
    assertEquals(
        "feedbackWindow.closesAt (2026-03-10T15:30) must be after feedbackWindow.opensAt (2026-03-11T15:30)", error.getMessage());
  }

  @Test
  void aMemoCitesOnlyCommentsThatWereReceived() {
    Memo memo = forum.memo().orElseThrow();
    IllegalStateException error =
        assertThrows(IllegalStateException.class,
            () -> ImmutableForumEvent.copyOf(forum).withMemo(ImmutableMemo.copyOf(memo).withIncludedCommentIds("ghost")));
    assertEquals("event[foorumi-2026-1].memo.includedCommentIds refers to unknown id 'ghost'", error.getMessage());
  }

  @Test
  void strictBuildersRefuseAnAttributeSetTwice() {
    assertThrows(IllegalStateException.class, () -> ImmutableVenue.builder().name("a").name("b"));
  }

  @Test
  void helsinkiDeadlinesCountCalendarDaysAcrossDaylightSavingChanges() {
    LocalDateTime beforeSpringForward = LocalDateTime.of(2026, 3, 25, 13, 0);
    LocalDateTime weekLater = beforeSpringForward.plusDays(7);
    assertEquals(7, HelsinkiTime.daysBetween(beforeSpringForward.toLocalDate(), weekLater.toLocalDate()));
    assertEquals(
        7 * 24 - 1,
        java.time.Duration.between(HelsinkiTime.instant(beforeSpringForward), HelsinkiTime.instant(weekLater)).toHours());
  }
}
