package fi.hyvinvointialue.forum.secretariat;

import static fi.hyvinvointialue.forum.secretariat.Desk.KEY;
import static fi.hyvinvointialue.forum.secretariat.Desk.SECRETARY;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.domain.testing.TextCalendarPublishing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Any sequence of the secretariat's steps, at any times, in any order: each one lands whole as one
 * new version with its feed, or is refused and leaves the year, its history and its feed untouched.
 */
class SecretariatProperties {
  private static final List<String> EVENTS = List.of("foorumi-2026-1", "kohdennettu-2026-1");
  /** The operations by number, the record-building ones more often than cancelling, which ends an event's story. */
  private static final int[] OPERATIONS = {0, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 8, 8, 9, 9, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15};

  @Test
  void everyStepLandsWholeOrNotAtAll() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 60))
        .checkAssert(SecretariatProperties::run);
  }

  private static void run(List<Integer> steps) {
    Desk desk = new Desk(LocalDateTime.of(2026, 1, 5, 9, 0));
    desk.secretariat.planYear(ImmutablePlanYear.builder().year(2026).expectedVersion(0).actor(SECRETARY)
        .requestId(desk.id()).clock(SampleYears.clock(2026))
        .addEvents(Desk.openForum(EVENTS.get(0), SampleYears.at(2026, 3, 11)),
            ImmutableEventPlan.copyOf(Desk.openForum(EVENTS.get(1), SampleYears.at(2026, 3, 25)))
                .withKind(EventKind.TARGETED_EVENT))
        .build());
    desk.secretariat.appointWorkingGroup(ImmutableAppointWorkingGroup.builder().year(2026).expectedVersion(1)
        .actor(SECRETARY).requestId(desk.id()).term(CouncilTerm.containing(LocalDate.of(2026, 1, 5))).build());
    LocalDateTime now = LocalDateTime.of(2026, 1, 5, 9, 0);
    for (int step : steps) {
      now = now.plusHours(step / (OPERATIONS.length * EVENTS.size()) % 120);
      desk.at(now);
      String event = EVENTS.get(step / OPERATIONS.length % EVENTS.size());
      landsWholeOrNotAtAll(desk, () -> operation(desk, OPERATIONS[step % OPERATIONS.length], event));
    }
  }

  private static void landsWholeOrNotAtAll(Desk desk, Supplier<Outcome> operation) {
    StoredYear before = desk.forumYears.find(KEY).orElseThrow();
    ImmutableList<Change> history = desk.forumYears.history(KEY);
    String feed = desk.feed();
    try {
      Outcome outcome = operation.get();
      StoredYear after = desk.forumYears.find(KEY).orElseThrow();
      check("the outcome is the year as stored", outcome.stored().equals(after));
      check("one change, one version", after.version() == before.version() + 1
          && desk.forumYears.history(KEY).size() == history.size() + 1
          || after.equals(before) && desk.forumYears.history(KEY).equals(history));
      check("the feed shows the year as stored", desk.feed().equals(new String(new TextCalendarPublishing()
          .publish(after.year(), SampleYears.profile(), Desk.FEED), StandardCharsets.UTF_8)));
    } catch (Refusal refusal) {
      check("a refusal stores nothing: " + refusal.getMessage(), desk.forumYears.find(KEY).orElseThrow().equals(before)
          && desk.forumYears.history(KEY).equals(history) && desk.feed().equals(feed));
    }
  }

  private static Outcome operation(Desk desk, int operation, String event) {
    Secretariat secretariat = desk.secretariat;
    long version = desk.version();
    String id = desk.id();
    LocalDateTime start = SampleYears.at(2026, 3, 11).plusDays(operation);
    switch (operation) {
      case 0:
        return secretariat.moveEvent(ImmutableMoveEvent.builder().year(2026).expectedVersion(version).actor(SECRETARY)
            .requestId(id).eventId(event).start(start).end(start.plusHours(2)).build());
      case 1:
        return secretariat.cancelEvent(desk.step(event));
      case 2:
        return secretariat.recordHeld(ImmutableRecordHeld.builder().year(2026).expectedVersion(version).actor(SECRETARY)
            .requestId(id).eventId(event).build());
      case 3:
        return secretariat.setAgenda(ImmutableSetAgenda.builder().year(2026).expectedVersion(version).actor(SECRETARY)
            .requestId(id).eventId(event).addItems(ImmutableAgendaItem.builder().id("a1").title("Asia")
                .topic(TopicKind.values()[id.length() % TopicKind.values().length]).build())
            .build());
      case 4:
        return secretariat.publishMaterial(ImmutablePublishMaterial.builder().year(2026).expectedVersion(version)
            .actor(SECRETARY).requestId(id).eventId(event).material(MaterialKind.values()[id.length() % 3]).build());
      case 5:
        return secretariat.announceDate(ImmutableAnnounceDate.builder().year(2026).expectedVersion(version)
            .actor(SECRETARY).requestId(id).eventId(event).channel(Channel.NEWSLETTER).build());
      case 6:
        return secretariat.openFeedback(ImmutableOpenFeedback.builder().year(2026).expectedVersion(version)
            .actor(SECRETARY).requestId(id).eventId(event).build());
      case 7:
        return secretariat.closeFeedback(desk.step(event));
      case 8:
        return secretariat.takeComment(ImmutableTakeComment.builder().year(2026).expectedVersion(version).actor("palaute")
            .requestId(id).eventId(event).text("Kommentti").author("Anna").build());
      case 9:
        return secretariat.publishRecording(ImmutablePublishRecording.builder().year(2026).expectedVersion(version)
            .actor(SECRETARY).requestId(id).eventId(event)
            .publishedAt(id.length() % 2 == 0 ? Optional.empty() : Optional.of(HelsinkiTime.wallTime(desk.clock.instant())))
            .build());
      case 10:
        return secretariat.takeDownRecording(desk.step(event));
      case 11:
        return secretariat.draftMemo(ImmutableDraftMemo.builder().year(2026).expectedVersion(version).actor(SECRETARY)
            .requestId(id).eventId(event).coversDiscussion(true).coversFeedback(true).build());
      case 12:
        return secretariat.reviewMemo(desk.step(event));
      case 13:
        return secretariat.publishMemo(desk.step(event));
      case 14:
        return secretariat.deliverMemo(ImmutableDeliverMemo.builder().year(2026).expectedVersion(version)
            .actor(SECRETARY).requestId(id).eventId(event).recipientKind(RecipientKind.REGIONAL_BOARD)
            .recipient("aluehallitus").build());
      default:
        return secretariat.purgePersonalData(ImmutablePurgePersonalData.builder().year(2026).expectedVersion(version)
            .actor(SECRETARY).requestId(id).build());
    }
  }

  private static void check(String property, boolean holds) {
    if (!holds) {
      throw new AssertionError(property);
    }
  }
}
