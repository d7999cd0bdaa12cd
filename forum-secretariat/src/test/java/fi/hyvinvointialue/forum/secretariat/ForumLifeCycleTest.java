package fi.hyvinvointialue.forum.secretariat;

import static fi.hyvinvointialue.forum.secretariat.Desk.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableMemoItem;
import fi.hyvinvointialue.forum.domain.ImmutableParticipant;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One open forum from planning to the memo's delivery, through the secretariat alone. */
class ForumLifeCycleTest {
  private static final String FORUM = "foorumi-2026-1";
  private static final LocalDateTime START = SampleYears.at(2026, 3, 11);

  private final Desk desk = new Desk(LocalDateTime.of(2026, 1, 12, 9, 0));
  private final Secretariat secretariat = desk.secretariat;

  @Test
  void oneForumFromPlanningToMemoDelivery() {
    Outcome outcome = secretariat.planYear(ImmutablePlanYear.builder().year(2026).expectedVersion(0).actor(SECRETARY)
        .requestId("plan-2026").clock(SampleYears.clock(2026)).addEvents(Desk.openForum(FORUM, START)).build());
    ForumEvent planned = outcome.year().event(FORUM).orElseThrow();
    assertEquals(EventStatus.PLANNED, planned.status());
    assertEquals(Optional.of(desk.clock.instant()), planned.created());
    assertEquals(0, planned.sequence());

    outcome = secretariat.appointWorkingGroup(ImmutableAppointWorkingGroup.builder().year(2026)
        .expectedVersion(outcome.version()).actor(SECRETARY).requestId("appoint")
        .term(CouncilTerm.containing(LocalDate.of(2026, 1, 12))).addAllMembers(SampleYears.workingGroup().members()).build());
    assertEquals(LocalDate.of(2026, 1, 12), outcome.year().workingGroup().orElseThrow().appointedOn().orElseThrow());

    desk.at(LocalDateTime.of(2026, 2, 2, 10, 0));
    for (Channel channel : new Channel[] {Channel.NEWSLETTER, Channel.WEBSITE}) {
      outcome = secretariat.announceDate(ImmutableAnnounceDate.builder().year(2026).expectedVersion(outcome.version())
          .actor(SECRETARY).requestId("announce-" + channel).eventId(FORUM).channel(channel).build());
    }
    ImmutableList<AgendaItem> agenda = SampleYears.openForum(FORUM, START, SampleYears.STRATEGY, "strategia-paatos").agenda();
    outcome = secretariat.setAgenda(ImmutableSetAgenda.builder().year(2026).expectedVersion(outcome.version())
        .actor(SECRETARY).requestId("agenda").eventId(FORUM).addAllItems(agenda).build());

    desk.at(LocalDateTime.of(2026, 2, 20, 10, 0));
    outcome = secretariat.moveEvent(ImmutableMoveEvent.builder().year(2026).expectedVersion(outcome.version())
        .actor(SECRETARY).requestId("move").eventId(FORUM).start(START.plusDays(1)).end(START.plusDays(1).plusHours(3)).build());
    ForumEvent moved = outcome.year().event(FORUM).orElseThrow();
    assertEquals(1, moved.sequence());
    assertEquals(Optional.of(desk.clock.instant()), moved.lastModified());
    assertEquals(planned.created(), moved.created());

    desk.at(LocalDateTime.of(2026, 3, 2, 8, 0));
    for (MaterialKind material : MaterialKind.values()) {
      outcome = secretariat.publishMaterial(ImmutablePublishMaterial.builder().year(2026).expectedVersion(outcome.version())
          .actor(SECRETARY).requestId("publish-" + material).eventId(FORUM).material(material).build());
    }
    outcome = secretariat.openFeedback(ImmutableOpenFeedback.builder().year(2026).expectedVersion(outcome.version())
        .actor(SECRETARY).requestId("feedback").eventId(FORUM).build());
    assertEquals(moved.end().plusDays(7), outcome.year().event(FORUM).orElseThrow().feedbackWindow().orElseThrow().closesAt());

    desk.at(moved.end().plusMinutes(5));
    outcome = secretariat.recordHeld(ImmutableRecordHeld.builder().year(2026).expectedVersion(outcome.version())
        .actor(SECRETARY).requestId("held").eventId(FORUM)
        .addParticipants(
            ImmutableParticipant.builder().role(ParticipantRole.SERVICE_PROVIDER).count(35).build(),
            ImmutableParticipant.builder().role(ParticipantRole.OFFICIAL).count(5).build(),
            ImmutableParticipant.builder().role(ParticipantRole.ELECTED_OFFICIAL).count(2).build())
        .build());
    assertEquals(2, outcome.year().event(FORUM).orElseThrow().sequence());

    desk.at(moved.end().plusDays(1));
    outcome = secretariat.takeComment(ImmutableTakeComment.builder().year(2026).expectedVersion(outcome.version())
        .actor("palaute.hyvaks.fi").requestId("comment-1").eventId(FORUM)
        .text("Toivomme ennakoivaa vuoropuhelua hankinnoista.").author("Yrittäjä Esimerkki").build());
    outcome = secretariat.publishRecording(ImmutablePublishRecording.builder().year(2026).expectedVersion(outcome.version())
        .actor(SECRETARY).requestId("recording").eventId(FORUM).publishedAt(moved.end().plusDays(1)).accessible(true).build());
    assertEquals(Optional.of(moved.end().plusDays(15)),
        outcome.year().event(FORUM).orElseThrow().recording().orElseThrow().removedAt());

    desk.at(moved.end().plusDays(8));
    outcome = secretariat.draftMemo(ImmutableDraftMemo.builder().year(2026).expectedVersion(outcome.version())
        .actor(SECRETARY).requestId("memo").eventId(FORUM).coversDiscussion(true).coversFeedback(true)
        .addIncludedCommentIds("comment-1")
        .addItems(
            ImmutableMemoItem.builder().agendaItemId(agenda.get(0).id()).decisionHandling("Aluehallitus 20.4.").build(),
            ImmutableMemoItem.builder().agendaItemId(agenda.get(1).id()).decisionHandling("Tiedoksi.").build())
        .build());
    desk.at(moved.end().plusDays(9));
    outcome = secretariat.reviewMemo(desk.step(FORUM));
    desk.at(moved.end().plusDays(10));
    outcome = secretariat.publishMemo(desk.step(FORUM));
    for (String board : new String[] {"sosiaali- ja terveyslautakunta", "aluehallitus", "Palvelujohtaja Maija Meikäläinen"}) {
      RecipientKind kind = board.equals("aluehallitus") ? RecipientKind.REGIONAL_BOARD
          : board.startsWith("Palvelu") ? RecipientKind.PRESENTER : RecipientKind.BOARD;
      outcome = secretariat.deliverMemo(ImmutableDeliverMemo.builder().year(2026).expectedVersion(outcome.version())
          .actor(SECRETARY).requestId("deliver-" + kind).eventId(FORUM).recipientKind(kind).recipient(board).build());
    }

    ForumEvent done = outcome.year().event(FORUM).orElseThrow();
    Memo memo = done.memo().orElseThrow();
    assertEquals(Optional.of(moved.end().plusDays(8)), memo.completedAt());
    assertEquals(Optional.of(moved.end().plusDays(9)), memo.reviewedAt());
    assertEquals(Optional.of(moved.end().plusDays(10)), memo.publishedAt());
    assertEquals(3, memo.deliveries().size());
    assertEquals(Optional.of("Yrittäjä Esimerkki"), done.feedbackWindow().orElseThrow().comments().get(0).author());
    assertEquals(3, done.publications().size());
    assertEquals(EventStatus.HELD, done.status());
    assertEquals(Optional.of(HelsinkiTime.instant(moved.end().plusDays(10))), done.lastModified());

    assertEquals(19, outcome.version());
    ImmutableList<Change> history = desk.forumYears.history(outcome.year().key());
    assertEquals(19, history.size());
    assertEquals("plan the year", history.get(0).summary());
    assertEquals("deliver the memo to Palvelujohtaja Maija Meikäläinen of " + FORUM, history.get(18).summary());
    assertEquals(HelsinkiTime.instant(moved.end().plusDays(10)), history.get(18).at());
    assertTrue(history.stream().allMatch(change -> !change.actor().isBlank() && change.requestId().isPresent()));

    assertEquals(PolicyCheck.standard().check(outcome.year(), SampleYears.profile(), desk.clock.instant()), outcome.check());
    assertTrue(desk.feed().contains(FORUM + " | HELD | 2026-03-12T13:00 | 2026-03-12T16:00 | sequence 2 |"), desk.feed());
  }
}
