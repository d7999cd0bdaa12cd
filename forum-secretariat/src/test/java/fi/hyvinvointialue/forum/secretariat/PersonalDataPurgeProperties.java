package fi.hyvinvointialue.forum.secretariat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fi.hyvinvointialue.forum.domain.FeedbackComment;
import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.Participant;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.testing.ForumGenerators;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonalDataPurgeProperties {
  @Test
  void thePurgeRemovesExactlyThePersonalDataOfEventsPastTheirRetention() {
    qt().withExamples(200).forAll(ForumGenerators.compliantYears(), integers().between(0, 900), integers().between(1, 24))
        .checkAssert((year, daysAfterJanuary, retentionMonths) -> {
          Period retention = Period.ofMonths(retentionMonths);
          PolicyCalendar calendar = PolicyCalendar.of(ImmutablePolicyProfile.copyOf(SampleYears.profile()).withPersonalDataRetention(retention));
          LocalDateTime helsinkiNow = LocalDateTime.of(year.year(), 1, 1, 12, 0).plusDays(daysAfterJanuary);
          Instant now = HelsinkiTime.instant(helsinkiNow);

          ForumYear purged = PersonalDataPurge.purge(year, calendar, now);

          for (ForumEvent before : year.events()) {
            ForumEvent after = purged.event(before.id()).orElseThrow();
            if (before.end().plus(retention).isBefore(helsinkiNow)) {
              String event = before.id() + " purged at " + helsinkiNow;
              check(event + ": no named participant", after.participants().stream().allMatch(person -> person.person().isEmpty()));
              check(event + ": no comment author", comments(after).stream().allMatch(comment -> comment.author().isEmpty()));
              check(event + ": comment texts kept", texts(before).equals(texts(after)));
              check(event + ": memo kept", before.memo().equals(after.memo()));
              check(event + ": head count kept", heads(before) == heads(after));
            } else {
              check(before.id() + " kept whole at " + helsinkiNow, before.equals(after));
            }
          }
          check("a second purge changes nothing", PersonalDataPurge.purge(purged, calendar, now).equals(purged));
        });
  }

  private static void check(String property, boolean holds) {
    if (!holds) {
      throw new AssertionError(property);
    }
  }

  private static List<FeedbackComment> comments(ForumEvent event) {
    return event.feedbackWindow().map(FeedbackWindow::comments).orElseThrow();
  }

  private static List<String> texts(ForumEvent event) {
    return comments(event).stream().map(FeedbackComment::text).collect(Collectors.toList());
  }

  private static int heads(ForumEvent event) {
    return event.participants().stream().mapToInt(Participant::count).sum();
  }
}
