package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.Recording;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * TL-4.7: each forum is recorded and the recording is on the website for {@code recordingAvailableDays}
 * calendar days from its publication: taken down on that day. Earlier is a violation; later, or never, a
 * warning, since the recording holds personal data (INTERPRETATIONS.md, I-14). A recording not yet
 * published is late after the county's days from the event (I-5).
 */
public final class RecordingAvailableTwoWeeks extends EventRule {
  public RecordingAvailableTwoWeeks() {
    super("recording-available-two-weeks", "TL-4.7");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    int required = context.calendar().recordingAvailableDays();
    if (event.recording().isEmpty()) {
      if (context.hasEnded(event)) {
        findings.add(dayFinding("missing", Severity.VIOLATION, Events.subject(event), event));
      }
      return;
    }
    Recording recording = event.recording().get();
    if (recording.publishedAt().isEmpty()) {
      LocalDate due = context.calendar().recordingDue(event);
      context.overdue(event, due).ifPresent(severity -> findings.add(finding("unpublished", severity, Events.subject(event),
          ImmutableMap.of("start", Events.day(event), "due", due.toString()))));
      return;
    }
    LocalDateTime publishedAt = recording.publishedAt().get();
    LocalDate published = publishedAt.toLocalDate();
    LocalDate due = context.calendar().recordingAvailableUntil(publishedAt).toLocalDate();
    if (recording.removedAt().isEmpty()) {
      findings.add(finding("kept", Severity.WARNING, Events.subject(event),
          ImmutableMap.of("start", Events.day(event), "published", published.toString(), "due", due.toString(),
              "required", Integer.toString(required))));
      return;
    }
    LocalDate removed = recording.removedAt().get().toLocalDate();
    long days = HelsinkiTime.daysBetween(published, removed);
    if (removed.isBefore(due)) {
      findings.add(finding(Severity.VIOLATION, Events.subject(event), facts(event, published, removed, days, required, due)));
    } else if (removed.isAfter(due)) {
      findings.add(finding("longer", Severity.WARNING, Events.subject(event), facts(event, published, removed, days, required, due)));
    }
  }

  private static ImmutableMap<String, String> facts(ForumEvent event, LocalDate published, LocalDate removed, long days,
      int required, LocalDate due) {
    return ImmutableMap.of("start", Events.day(event), "published", published.toString(), "removed", removed.toString(),
        "days", Long.toString(days), "required", Integer.toString(required), "due", due.toString());
  }
}
