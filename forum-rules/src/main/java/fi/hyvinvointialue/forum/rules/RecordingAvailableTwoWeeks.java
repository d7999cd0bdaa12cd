package fi.hyvinvointialue.forum.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.Recording;
import java.time.LocalDate;

/**
 * TL-4.7: each forum is recorded and the recording is on the website for {@code recordingAvailableDays}
 * calendar days from its publication: taken down on that day. Earlier is a violation; later, or never, a
 * warning, since the recording holds personal data (INTERPRETATIONS.md, I-14).
 */
final class RecordingAvailableTwoWeeks extends EventRule {
  RecordingAvailableTwoWeeks() {
    super("recording-available-two-weeks", "TL-4.7");
  }

  @Override
  void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    String start = event.start().toLocalDate().toString();
    int required = context.profile().recordingAvailableDays();
    if (event.recording().isEmpty()) {
      if (context.hasEnded(event)) {
        findings.add(finding("missing", Severity.VIOLATION, Events.subject(event), ImmutableMap.of("start", start)));
      }
      return;
    }
    Recording recording = event.recording().get();
    if (recording.publishedAt().isEmpty()) {
      if (context.isRecordDue(event)) {
        findings.add(finding("unpublished", Severity.VIOLATION, Events.subject(event), ImmutableMap.of("start", start)));
      }
      return;
    }
    LocalDate published = recording.publishedAt().get().toLocalDate();
    LocalDate due = published.plusDays(required);
    if (recording.removedAt().isEmpty()) {
      findings.add(finding("kept", Severity.WARNING, Events.subject(event),
          ImmutableMap.of("start", start, "published", published.toString(), "due", due.toString(),
              "required", Integer.toString(required))));
      return;
    }
    LocalDate removed = recording.removedAt().get().toLocalDate();
    long days = HelsinkiTime.daysBetween(published, removed);
    ImmutableMap<String, String> facts = ImmutableMap.of("start", start, "published", published.toString(),
        "removed", removed.toString(), "days", Long.toString(days), "required", Integer.toString(required),
        "due", due.toString());
    if (days < required) {
      findings.add(finding(Severity.VIOLATION, Events.subject(event), facts));
    } else if (days > required) {
      findings.add(finding("longer", Severity.WARNING, Events.subject(event), facts));
    }
  }
}
