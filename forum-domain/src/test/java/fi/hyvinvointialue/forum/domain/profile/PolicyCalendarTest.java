package fi.hyvinvointialue.forum.domain.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyCalendarTest {
  private static final PolicyCalendar CALENDAR = PolicyCalendar.of(KeskiSuomi.profile());

  /** A forum on 2 April 2026 from 13:00 to 15:30, with the sample year's record. */
  private static final ForumEvent FORUM =
      SampleYears.openForum("f", LocalDateTime.of(2026, 4, 2, 13, 0), "talousarvio", "d");

  @Test
  void materialsAndAnnouncementsAreDueAWeekBeforeTheForum() {
    assertEquals(LocalDate.of(2026, 3, 26), CALENDAR.materialsDue(LocalDate.of(2026, 4, 2)));
    assertEquals(LocalDate.of(2026, 3, 26), CALENDAR.announcementDue(LocalDate.of(2026, 4, 2)));
  }

  @Test
  void aWeekAcrossEitherDaylightSavingChangeIsSevenCalendarDays() {
    LocalDateTime beforeSpring = LocalDateTime.of(2026, 3, 26, 15, 30);
    LocalDateTime spring = CALENDAR.feedbackOpenUntil(beforeSpring);
    assertEquals(LocalDateTime.of(2026, 4, 2, 15, 30), spring);
    assertEquals(Duration.ofHours(7 * 24 - 1), Duration.between(HelsinkiTime.instant(beforeSpring), HelsinkiTime.instant(spring)));
    LocalDateTime beforeAutumn = LocalDateTime.of(2026, 10, 22, 15, 30);
    LocalDateTime autumn = CALENDAR.feedbackOpenUntil(beforeAutumn);
    assertEquals(LocalDateTime.of(2026, 10, 29, 15, 30), autumn);
    assertEquals(Duration.ofHours(7 * 24 + 1), Duration.between(HelsinkiTime.instant(beforeAutumn), HelsinkiTime.instant(autumn)));
    assertEquals(LocalDate.of(2026, 3, 26), CALENDAR.materialsDue(LocalDate.of(2026, 4, 2)), "across the spring change");
    assertEquals(LocalDate.of(2026, 10, 22), CALENDAR.materialsDue(LocalDate.of(2026, 10, 29)), "across the autumn change");
  }

  @Test
  void theRecordingIsUpTwoWeeksFromItsPublication() {
    assertEquals(LocalDateTime.of(2026, 4, 17, 15, 30), CALENDAR.recordingAvailableUntil(LocalDateTime.of(2026, 4, 3, 15, 30)));
  }

  @Test
  void theRecordingIsDueAWeekAfterTheEventAndTheMemoThreeWeeksAfterTheCommentsClose() {
    assertEquals(LocalDate.of(2026, 4, 9), CALENDAR.recordingDue(FORUM));
    assertEquals(LocalDate.of(2026, 4, 10).plusDays(21), CALENDAR.memoDue(FORUM), "the window closes eight days after the end");
    ForumEvent noWindow = ImmutableForumEvent.copyOf(FORUM).withMemo(Optional.empty()).withFeedbackWindow(Optional.empty());
    assertEquals(LocalDate.of(2026, 4, 9).plusDays(21), CALENDAR.memoDue(noWindow), "else the earliest close the policy allows");
  }

  @Test
  void aForumComesAWeekBeforeItsDecisionTheNextWithinFiveMonthsAndItsPersonalDataGoAfterAYear() {
    assertEquals(LocalDate.of(2026, 11, 24), CALENDAR.lastForumDayFor(LocalDate.of(2026, 12, 1)));
    assertEquals(LocalDate.of(2026, 8, 30), CALENDAR.latestNextForum(LocalDate.of(2026, 4, 2)));
    assertEquals(LocalDateTime.of(2027, 4, 2, 15, 30), CALENDAR.personalDataKeptUntil(LocalDateTime.of(2026, 4, 2, 15, 30)));
  }

  @Test
  void anEventsDeadlinesComeFromItsRecordWhereItHasOne() {
    PolicyCalendar.EventDeadlines deadlines = CALENDAR.of(FORUM);
    assertEquals(LocalDate.of(2026, 3, 26), deadlines.materialsDue());
    assertEquals(FORUM.end(), deadlines.feedbackOpenBy());
    assertEquals(FORUM.end().plusDays(8), deadlines.feedbackOpenUntil(), "the window's own close");
    assertEquals(Optional.of(FORUM.end().plusDays(15)), deadlines.recordingAvailableUntil(), "published the day after, up 14 days");
    assertEquals(CALENDAR.recordingDue(FORUM), deadlines.recordingDue());
    assertEquals(CALENDAR.memoDue(FORUM), deadlines.memoDue());
    ForumEvent unrecorded = ImmutableForumEvent.copyOf(FORUM).withRecording(Optional.empty()).withMemo(Optional.empty())
        .withFeedbackWindow(Optional.empty());
    assertEquals(Optional.empty(), CALENDAR.of(unrecorded).recordingAvailableUntil());
    assertEquals(FORUM.end().plusDays(7), CALENDAR.of(unrecorded).feedbackOpenUntil(), "the earliest close the policy allows");
  }

  @Test
  void theSummerBreakRunsFromTheMondayOfMidsummerWeekThroughTheProfilesLastDay() {
    assertEquals(LocalDate.of(2026, 6, 15), CALENDAR.summerBreakFrom(2026)); // Midsummer Eve: Friday 19 June
    assertEquals(LocalDate.of(2027, 6, 21), CALENDAR.summerBreakFrom(2027)); // Friday 25 June
    assertEquals(LocalDate.of(2026, 8, 15), CALENDAR.summerBreakUntil(2026));
    assertEquals(LocalDate.of(2026, 8, 31), PolicyCalendar.of(ImmutablePolicyProfile.copyOf(KeskiSuomi.profile())
        .withSummerBreakUntil(java.time.MonthDay.of(8, 31))).summerBreakUntil(2026));
  }

  @Test
  void theSecretarysDeadlinesOfAPlannedForumAreAllOpenAndThoseOfItsRecordDone() {
    ForumEvent planned = ImmutableForumEvent.builder().id("f").kind(fi.hyvinvointialue.forum.domain.EventKind.OPEN_FORUM)
        .title("Foorumi").start(LocalDateTime.of(2026, 3, 11, 13, 0)).end(LocalDateTime.of(2026, 3, 11, 15, 30)).build();

    ImmutableList<Deadline> deadlines = CALENDAR.deadlines(planned, LocalDateTime.of(2026, 1, 2, 9, 0));

    assertTrue(deadlines.stream().noneMatch(Deadline::done), deadlines.toString());
    assertEquals(KeskiSuomi.profile().requiredMaterials().size(),
        deadlines.stream().filter(deadline -> deadline.kind() == Deadline.Kind.MATERIALS).count());
    assertEquals(LocalDate.of(2026, 3, 4), deadlines.get(0).due());
    assertEquals(KeskiSuomi.profile().boards().size() + 1,
        deadlines.stream().filter(deadline -> deadline.kind() == Deadline.Kind.MEMO_DELIVERY).count(), "every board and the regional board");
    assertEquals(ImmutableList.of(), CALENDAR.deadlines(ImmutableForumEvent.copyOf(planned)
        .withStatus(fi.hyvinvointialue.forum.domain.EventStatus.CANCELLED), LocalDateTime.of(2026, 1, 2, 9, 0)));
    assertEquals(-3, deadlines.get(0).daysLeft(LocalDate.of(2026, 3, 7)));
  }

  @Test
  void aPlannedPublicationIsAnIntentionUntilItsTimeAndADeedAfter() {
    ForumEvent withPlannedContent = ImmutableForumEvent.builder().id("f").kind(fi.hyvinvointialue.forum.domain.EventKind.OPEN_FORUM)
        .title("Foorumi").start(LocalDateTime.of(2026, 3, 11, 13, 0)).end(LocalDateTime.of(2026, 3, 11, 15, 30))
        .addPublications(fi.hyvinvointialue.forum.domain.ImmutablePublication.builder()
            .material(fi.hyvinvointialue.forum.domain.MaterialKind.CONTENT)
            .channel(fi.hyvinvointialue.forum.domain.Channel.WEBSITE).publishedAt(LocalDateTime.of(2026, 3, 1, 9, 0)).build())
        .build();

    assertEquals(false, content(CALENDAR.deadlines(withPlannedContent, LocalDateTime.of(2026, 2, 20, 12, 0))).done());
    assertEquals(true, content(CALENDAR.deadlines(withPlannedContent, LocalDateTime.of(2026, 3, 1, 9, 0))).done());
  }

  private static Deadline content(ImmutableList<Deadline> deadlines) {
    return deadlines.stream().filter(deadline -> deadline.about().equals(java.util.Optional.of("CONTENT"))).findFirst().orElseThrow();
  }
}
