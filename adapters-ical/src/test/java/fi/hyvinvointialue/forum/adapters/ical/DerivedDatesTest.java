package fi.hyvinvointialue.forum.adapters.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The days of derived entries: the record's dates, else the policy's minimums; ends exclusive. */
class DerivedDatesTest {
  private static final PolicyCalendar CALENDAR = PolicyCalendar.of(SampleYears.profile());
  private static final ForumEvent FORUM =
      SampleYears.openForum("f", LocalDateTime.of(2026, 3, 11, 13, 0), SampleYears.STRATEGY, "strategia-paatos");

  private static Optional<DerivedDates.Span> span(DerivedEntry entry, ForumEvent event) {
    return DerivedDates.of(entry, event, CALENDAR);
  }

  private static DerivedDates.Span days(String first, String endExclusive) {
    return new DerivedDates.Span(LocalDate.parse(first), LocalDate.parse(endExclusive));
  }

  @Test
  void theMaterialsDeadlineIsTheLeadDaysBeforeTheStartsDay() {
    assertEquals(Optional.of(days("2026-03-04", "2026-03-05")), span(DerivedEntry.MATERIALS_DEADLINE, FORUM));
  }

  @Test
  void theFeedbackWindowIsTheRecordsOrThePolicysMinimumFromTheEnd() {
    assertEquals(Optional.of(days("2026-03-11", "2026-03-20")), span(DerivedEntry.FEEDBACK_WINDOW, FORUM));
    ForumEvent unplanned = ImmutableForumEvent.copyOf(FORUM).withMemo(Optional.empty()).withFeedbackWindow(Optional.empty());
    assertEquals(Optional.of(days("2026-03-11", "2026-03-19")), span(DerivedEntry.FEEDBACK_WINDOW, unplanned),
        "the end's day and seven days more");
  }

  @Test
  void aWindowClosingAtMidnightDoesNotTakeInThatDay() {
    ForumEvent midnight = ImmutableForumEvent.copyOf(FORUM).withMemo(Optional.empty()).withFeedbackWindow(
        ImmutableFeedbackWindow.builder().opensAt(FORUM.end()).closesAt(LocalDateTime.of(2026, 3, 19, 0, 0)).build());

    assertEquals(Optional.of(days("2026-03-11", "2026-03-19")), span(DerivedEntry.FEEDBACK_WINDOW, midnight));
  }

  @Test
  void theRecordingIsUpUntilItsRemovalOrForThePolicysDays() {
    assertEquals(Optional.of(days("2026-03-12", "2026-03-27")), span(DerivedEntry.RECORDING_AVAILABILITY, FORUM));
    ForumEvent staysUp = ImmutableForumEvent.copyOf(FORUM).withRecording(
        ImmutableRecording.builder().publishedAt(LocalDateTime.of(2026, 3, 12, 9, 0)).build());
    assertEquals(Optional.of(days("2026-03-12", "2026-03-27")), span(DerivedEntry.RECORDING_AVAILABILITY, staysUp),
        "through the fourteenth day after the publication, as the record removing it then would be");
    ForumEvent notYet = ImmutableForumEvent.copyOf(FORUM).withRecording(ImmutableRecording.builder().build());
    assertEquals(Optional.empty(), span(DerivedEntry.RECORDING_AVAILABILITY, notYet));
  }

  @Test
  void theMemoArrivesOnItsLastDeliverysDayAndNotBeforeOneIsPlanned() {
    assertEquals(Optional.of(days("2026-03-22", "2026-03-23")), span(DerivedEntry.MEMO_DELIVERY, FORUM));
    assertEquals(Optional.empty(), span(DerivedEntry.MEMO_DELIVERY, ImmutableForumEvent.copyOf(FORUM).withMemo(Optional.empty())));
  }
}
