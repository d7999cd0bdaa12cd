package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.PersonalData;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a public body may no longer keep once its retention period is over: every field the domain
 * classifies as personal data ({@link PersonalData}) of the events that ended longer ago than the
 * profile's retention, and of the year's own records (the working group's names, the agreement's
 * signatories) once the year ended that long ago. The record of the forum stays whole otherwise:
 * comment texts, head counts and roles, the memo and its deliveries, publicly named persons,
 * registrations (organisations, kept as the record of who was let in, TL-3.7), and the audit trail.
 */
public final class PersonalDataPurge {
  private PersonalDataPurge() {}

  /** The year with the personal data removed whose retention the calendar ends before {@code now}. */
  public static ForumYear purge(ForumYear year, PolicyCalendar calendar, Instant now) {
    LocalDateTime helsinkiNow = HelsinkiTime.wallTime(now);
    boolean yearOver = calendar.personalDataKeptUntil(LocalDate.of(year.year() + 1, 1, 1).atStartOfDay()).isBefore(helsinkiNow);
    return PersonalData.withoutPersonalData(year,
        event -> calendar.personalDataKeptUntil(event.end()).isBefore(helsinkiNow), yearOver);
  }
}
