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

/**
 * TL-4.7: each forum is recorded and the recording is on the website for {@code recordingAvailableDays}
 * calendar days from its publication: taken down on that day. Earlier is a violation; later, or never, a
 * warning, since the recording holds personal data (INTERPRETATIONS.md, I-14).
 */
public final class RecordingAvailableTwoWeeks extends EventRule {
  public RecordingAvailableTwoWeeks() {
    super("recording-available-two-weeks", "TL-4.7");
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    int required = context.profile().recordingAvailableDays();
    if (event.recording().isEmpty()) {
      if (context.hasEnded(event)) {
        findings.add(dayFinding("missing", Severity.VIOLATION, Events.subject(event), event));
      }
      return;
    }
    Recording recording = event.recording().get();
    if (recording.publishedAt().isEmpty()) {
      if (context.isRecordDue(event)) {
        findings.add(dayFinding("unpublished", Severity.VIOLATION, Events.subject(event), event));
      }
      return;
    }
    LocalDate published = recording.publishedAt().get().toLocalDate();
    if (recording.removedAt().isEmpty()) {
      findings.add(finding("kept", Severity.WARNING, Events.subject(event),
          ImmutableMap.of("start", Events.day(event), "published", published.toString(),
              "due", published.plusDays(required).toString(),
              "required", Integer.toString(required))));
      return;
    }
    LocalDate removed = recording.removedAt().get().toLocalDate();
    long days = HelsinkiTime.daysBetween(published, removed);
    if (days < required) {
      findings.add(finding(Severity.VIOLATION, Events.subject(event), facts(event, published, removed, days, required)));
    } else if (days > required) {
      findings.add(finding("longer", Severity.WARNING, Events.subject(event), facts(event, published, removed, days, required)));
    }
  }

  private static ImmutableMap<String, String> facts(ForumEvent event, LocalDate published, LocalDate removed, long days,
      int required) {
    return ImmutableMap.of("start", Events.day(event), "published", published.toString(), "removed", removed.toString(),
        "days", Long.toString(days), "required", Integer.toString(required), "due", published.plusDays(required).toString());
  }
}
