package fi.hyvinvointialue.forum.rules.tl4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.EventRule;
import fi.hyvinvointialue.forum.rules.core.Events;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.LocalDateTime;

/**
 * TL-4.6: after each event, forum or targeted, comments can be given electronically for at least
 * {@code feedbackMinDays}: the window closes no earlier than that many calendar days (Helsinki wall clock)
 * after the event ends, or after the window opens when it opens later. The clause sets no opening time, so
 * a window opening after the event is a warning, not a violation (INTERPRETATIONS.md, I-13).
 */
public final class FeedbackOpenAWeekAfter extends EventRule {
  public FeedbackOpenAWeekAfter() {
    super("feedback-open-a-week-after", "TL-4.6");
  }

  @Override
  protected boolean appliesTo(ForumEvent event) {
    return Events.isActive(event);
  }

  @Override
  protected void check(CheckContext context, ForumEvent event, ImmutableList.Builder<Finding> findings) {
    int required = context.calendar().feedbackMinDays();
    if (event.feedbackWindow().isEmpty()) {
      if (context.hasEnded(event)) {
        findings.add(finding("missing", Severity.VIOLATION, Events.subject(event),
            ImmutableMap.of("end", event.end().toString(), "required", Integer.toString(required))));
      }
      return;
    }
    FeedbackWindow window = event.feedbackWindow().get();
    boolean opensLate = window.opensAt().isAfter(event.end());
    if (opensLate) {
      findings.add(finding("opens-late", Severity.WARNING, Events.subject(event),
          ImmutableMap.of("end", event.end().toString(), "opens", window.opensAt().toString())));
    }
    LocalDateTime earliestClose = context.calendar().feedbackOpenUntil(opensLate ? window.opensAt() : event.end());
    if (window.closesAt().isBefore(earliestClose)) {
      findings.add(finding(Severity.VIOLATION, Events.subject(event),
          ImmutableMap.of("end", event.end().toString(), "closes", window.closesAt().toString(), "earliest", earliestClose.toString(),
              "required", Integer.toString(required))));
    }
  }
}
