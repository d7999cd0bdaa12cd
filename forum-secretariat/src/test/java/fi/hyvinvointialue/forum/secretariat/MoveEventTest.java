package fi.hyvinvointialue.forum.secretariat;

import static fi.hyvinvointialue.forum.secretariat.Desk.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hyvinvointialue.forum.domain.FeedbackWindow;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.Venue;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MoveEventTest {
  private static final String FORUM = "foorumi-2026-2";
  private static final LocalDateTime START = SampleYears.at(2026, 5, 13);
  private static final LocalDateTime END = START.plusHours(2).plusMinutes(30);

  private final Desk desk = new Desk(LocalDateTime.of(2026, 4, 1, 9, 0));
  private final Secretariat secretariat = desk.secretariat;

  @BeforeEach
  void planWithAFeedbackWindow() {
    secretariat.planYear(ImmutablePlanYear.builder().year(2026).expectedVersion(0).actor(SECRETARY).requestId(desk.id())
        .clock(SampleYears.clock(2026)).addEvents(Desk.openForum(FORUM, START)).build());
    secretariat.openFeedback(ImmutableOpenFeedback.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY)
        .requestId(desk.id()).eventId(FORUM).closesAt(END.plusDays(8)).build());
  }

  @Test
  void aMoveEarlierTakesTheUnopenedFeedbackWindowAlongAndTheNewPlace() {
    Venue elsewhere = ImmutableVenue.builder().name("Jämsän kaupungintalo").build();

    ForumEvent moved = move(START.minusDays(14), Optional.of(elsewhere));

    assertEquals(END.minusDays(14), moved.end());
    assertEquals(Optional.of(elsewhere), moved.venue());
    FeedbackWindow window = moved.feedbackWindow().orElseThrow();
    assertEquals(END.minusDays(14), window.opensAt());
    assertEquals(END.plusDays(8).minusDays(14), window.closesAt());
    assertEquals(1, moved.sequence());
  }

  @Test
  void aMoveKeepsAWindowThatIsAlreadyOpen() {
    secretariat.openFeedback(ImmutableOpenFeedback.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY)
        .requestId(desk.id()).eventId(FORUM).opensAt(LocalDateTime.of(2026, 4, 1, 8, 0)).closesAt(END.plusDays(8)).build());

    ForumEvent moved = move(START.plusDays(7), Optional.empty());

    assertEquals(LocalDateTime.of(2026, 4, 1, 8, 0), moved.feedbackWindow().orElseThrow().opensAt());
    assertEquals(Desk.openForum(FORUM, START).venue(), moved.venue());
  }

  private ForumEvent move(LocalDateTime start, Optional<Venue> venue) {
    return secretariat.moveEvent(ImmutableMoveEvent.builder().year(2026).expectedVersion(desk.version()).actor(SECRETARY)
        .requestId(desk.id()).eventId(FORUM).start(start).end(start.plusHours(2).plusMinutes(30)).venue(venue).build())
        .year().event(FORUM).orElseThrow();
  }
}
