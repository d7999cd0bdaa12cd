package fi.hyvinvointialue.forum.secretariat;

import static fi.hyvinvointialue.forum.secretariat.Desk.SECRETARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.CouncilTerm;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.WorkingGroup;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.testing.MovableClock;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import fi.hyvinvointialue.forum.rules.core.Finding;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A whole forum year run through the secretariat alone: the year of {@link SampleYears#keskiSuomi(int)}
 * (four open forums and a targeted event, each with its whole record), done step by step on the
 * days the secretariat would do them, in date order across the events.
 */
final class WholeForumYear {
  private static final int YEAR = 2026;

  private final Desk desk;
  private final Secretariat secretariat;
  private final ForumYear sample = SampleYears.keskiSuomi(YEAR);
  private final List<Step> steps = new ArrayList<>();

  /** One operation at one Helsinki time, given the version it is based on. */
  private record Step(LocalDateTime at, LongFunction<Outcome> operation) {}

  /** On the store given, with a clock that runs on the system clock from each step's time. */
  WholeForumYear(ForumYears store) {
    this.desk = new Desk(store, MovableClock.onTheSystemClock(LocalDateTime.of(YEAR, 1, 5, 9, 0)));
    this.secretariat = desk.secretariat;
  }

  void runsAndIsAsCompliantAsTheSampleYear() {
    yearSteps();
    sample.events().forEach(this::eventSteps);
    steps.sort(Comparator.comparing(Step::at));

    Outcome outcome = null;
    for (Step step : steps) {
      desk.at(step.at());
      outcome = step.operation().apply(desk.version());
    }
    desk.at(LocalDateTime.of(YEAR, 12, 31, 12, 0));
    ForumYear done = secretariat.find(YEAR).orElseThrow().year();

    assertEquals(steps.size(), outcome.version());
    assertEquals(steps.size(), desk.forumYears.history(Desk.KEY).size());
    assertEquals(ids(sample.events()), ids(done.events()));
    assertTrue(done.events().stream().allMatch(event -> event.status() == EventStatus.HELD));
    for (ForumEvent event : done.events()) {
      ForumEvent expected = sample.event(event.id()).orElseThrow();
      assertEquals(expected.agenda(), event.agenda());
      assertEquals(expected.participants(), event.participants());
      assertEquals(expected.memo().map(Memo::deliveries).map(List::size), event.memo().map(Memo::deliveries).map(List::size));
      assertEquals(expected.feedbackWindow().orElseThrow().closesAt(), event.feedbackWindow().orElseThrow().closesAt());
      assertEquals(expected.recording().flatMap(recording -> recording.removedAt()),
          event.recording().flatMap(recording -> recording.removedAt()));
    }
    assertEquals(sample.workingGroup().map(WorkingGroup::members), done.workingGroup().map(WorkingGroup::members));
    assertEquals(sample.communicationPlan(), done.communicationPlan());
    assertEquals(sample.clock(), done.clock());
    assertEquals(6, desk.feed().split("\n").length);

    // Whatever rules the policy check has, the year the operations built breaks none the sample year does not.
    ImmutableSet<List<Object>> sampleFindings = keys(PolicyCheck.standard().check(sample, SampleYears.profile(),
        desk.clock.instant()).findings());
    ImmutableSet<List<Object>> findings = keys(secretariat.find(YEAR).orElseThrow().findings());
    assertTrue(sampleFindings.containsAll(findings), () -> "findings the sample year does not have: "
        + findings.stream().filter(finding -> !sampleFindings.contains(finding)).collect(ImmutableList.toImmutableList()));
  }

  private void yearSteps() {
    LocalDateTime january = LocalDateTime.of(YEAR, 1, 5, 9, 0);
    step(january, version -> secretariat.planYear(ImmutablePlanYear.builder().year(YEAR).expectedVersion(version)
        .actor(SECRETARY).requestId("plan").clock(sample.clock().orElseThrow())
        .addAllEvents(sample.events().stream().map(WholeForumYear::plan).collect(ImmutableList.toImmutableList()))
        .build()));
    WorkingGroup group = sample.workingGroup().orElseThrow();
    step(january, version -> secretariat.appointWorkingGroup(ImmutableAppointWorkingGroup.builder().year(YEAR)
        .expectedVersion(version).actor(SECRETARY).requestId("appoint")
        .term(CouncilTerm.of(group.termStart(), group.termEnd())).appointedOn(group.appointedOn())
        .addAllMembers(group.members()).build()));
    step(january, version -> secretariat.setCommunicationPlan(ImmutableSetCommunicationPlan.builder().year(YEAR)
        .expectedVersion(version).actor(SECRETARY).requestId("communication")
        .plan(sample.communicationPlan().orElseThrow()).build()));
  }

  /** The sample event's record, made again by the steps that make it, on the days they are due. */
  private void eventSteps(ForumEvent event) {
    String id = event.id();
    event.announcements().forEach(announcement -> step(announcement.announcedAt(), version -> secretariat.announceDate(
        ImmutableAnnounceDate.builder().year(YEAR).expectedVersion(version).actor(SECRETARY)
            .requestId(id + "-announce-" + announcement.channel()).eventId(id).channel(announcement.channel())
            .uri(announcement.uri()).build())));
    LocalDateTime firstPublication = event.publications().get(0).publishedAt();
    step(firstPublication.minusDays(2), version -> secretariat.setAgenda(ImmutableSetAgenda.builder().year(YEAR)
        .expectedVersion(version).actor(SECRETARY).requestId(id + "-agenda").eventId(id).addAllItems(event.agenda()).build()));
    event.publications().forEach(publication -> step(publication.publishedAt(), version -> secretariat.publishMaterial(
        ImmutablePublishMaterial.builder().year(YEAR).expectedVersion(version).actor(SECRETARY)
            .requestId(id + "-publish-" + publication.material()).eventId(id).material(publication.material())
            .channel(publication.channel()).uri(publication.uri()).build())));
    event.feedbackWindow().ifPresent(window -> step(firstPublication, version -> secretariat.openFeedback(
        ImmutableOpenFeedback.builder().year(YEAR).expectedVersion(version).actor(SECRETARY).requestId(id + "-feedback")
            .eventId(id).opensAt(window.opensAt()).closesAt(window.closesAt()).uri(window.uri()).build())));
    event.registrations().forEach(registration -> step(firstPublication.plusDays(1), version -> secretariat.recordRegistration(
        ImmutableRecordRegistration.builder().year(YEAR).expectedVersion(version).actor(SECRETARY)
            .requestId(id + "-registration-" + registration.organisation().name()).eventId(id).registration(registration)
            .build())));
    step(event.end(), version -> secretariat.recordHeld(ImmutableRecordHeld.builder().year(YEAR).expectedVersion(version)
        .actor(SECRETARY).requestId(id + "-held").eventId(id).addAllParticipants(event.participants()).build()));
    event.feedbackWindow().ifPresent(window -> window.comments().forEach(comment -> step(comment.receivedAt(),
        version -> secretariat.takeComment(ImmutableTakeComment.builder().year(YEAR).expectedVersion(version)
            .actor("palaute.hyvaks.fi").requestId(comment.id()).eventId(id).text(comment.text()).author(comment.author())
            .build()))));
    event.recording().ifPresent(recording -> step(recording.publishedAt().orElseThrow(), version ->
        secretariat.publishRecording(ImmutablePublishRecording.builder().year(YEAR).expectedVersion(version)
            .actor(SECRETARY).requestId(id + "-recording").eventId(id).publishedAt(recording.publishedAt())
            .uri(recording.uri()).accessible(recording.accessible()).build())));
    event.memo().ifPresent(memo -> memoSteps(id, memo));
  }

  private void memoSteps(String id, Memo memo) {
    step(memo.completedAt().orElseThrow(), version -> secretariat.draftMemo(ImmutableDraftMemo.builder().year(YEAR)
        .expectedVersion(version).actor(SECRETARY).requestId(id + "-memo").eventId(id)
        .coversDiscussion(memo.coversDiscussion()).coversFeedback(memo.coversFeedback())
        .addAllIncludedCommentIds(memo.includedCommentIds()).addAllItems(memo.items()).build()));
    step(memo.reviewedAt().orElseThrow(), version -> secretariat.reviewMemo(eventStep(id + "-review", id, version)));
    step(memo.publishedAt().orElseThrow(), version -> secretariat.publishMemo(eventStep(id + "-publish-memo", id, version)));
    memo.deliveries().forEach(delivery -> step(delivery.deliveredAt(), version -> secretariat.deliverMemo(
        ImmutableDeliverMemo.builder().year(YEAR).expectedVersion(version).actor(SECRETARY)
            .requestId(id + "-deliver-" + delivery.recipient()).eventId(id).recipientKind(delivery.recipientKind())
            .recipient(delivery.recipient()).build())));
  }

  private void step(LocalDateTime at, LongFunction<Outcome> operation) {
    steps.add(new Step(at, operation));
  }

  private static EventStep eventStep(String requestId, String eventId, long version) {
    return ImmutableEventStep.builder().year(YEAR).expectedVersion(version).actor(SECRETARY).requestId(requestId)
        .eventId(eventId).build();
  }

  private static EventPlan plan(ForumEvent event) {
    return ImmutableEventPlan.builder().id(event.id()).kind(event.kind()).title(event.title()).start(event.start())
        .end(event.end()).access(event.access()).venue(event.venue()).remoteConnection(event.remoteConnection())
        .convener(event.convener()).chair(event.chair()).secretary(event.secretary()).build();
  }

  private static ImmutableList<String> ids(List<ForumEvent> events) {
    return events.stream().map(ForumEvent::id).sorted().collect(ImmutableList.toImmutableList());
  }

  /** A finding without its computed facts, which carry the exact times the steps ran at. */
  private static ImmutableSet<List<Object>> keys(List<Finding> findings) {
    return findings.stream()
        .map(finding -> List.<Object>of(finding.clauseId(), finding.ruleId(), finding.severity(), finding.subject()))
        .collect(ImmutableSet.toImmutableSet());
  }
}
