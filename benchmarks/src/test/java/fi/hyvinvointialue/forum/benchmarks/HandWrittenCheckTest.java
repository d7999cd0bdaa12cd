package fi.hyvinvointialue.forum.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import fi.hyvinvointialue.forum.domain.Access;
import fi.hyvinvointialue.forum.domain.AgendaItem;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnouncement;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.ImmutableCommunicationPlan;
import fi.hyvinvointialue.forum.domain.ImmutableDecision;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableMemo;
import fi.hyvinvointialue.forum.domain.ImmutablePartnershipAgreement;
import fi.hyvinvointialue.forum.domain.ImmutablePlaybook;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.ImmutableRegistration;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroupMember;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.ParticipantRole;
import fi.hyvinvointialue.forum.domain.PlaybookSection;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.profile.ImmutableApproval;
import fi.hyvinvointialue.forum.domain.profile.ImmutableCounty;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import fi.hyvinvointialue.forum.rules.core.Rule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The baseline is honest only if it checks what the rules check: on years broken in each way the
 * rules know, it finds exactly the rules' findings, by message key and subject.
 */
class HandWrittenCheckTest {
  private static final int YEAR = Workloads.YEAR;
  private static final PolicyProfile PROFILE = Workloads.profile();
  private static final Instant AFTER_THE_YEAR = Workloads.now(YEAR);
  private static final Instant BEFORE_THE_YEAR = HelsinkiTime.instant(LocalDate.of(YEAR, 1, 2).atStartOfDay());
  private static final String FORUM = "foorumi-" + YEAR + "-2";
  private static final String DIALOGUE_FORUM = "foorumi-" + YEAR + "-4";

  static Stream<Arguments> brokenYears() {
    return Stream.of(
        broken("compliant", UnaryOperator.identity()),
        brokenEvent("agenda published late", event -> ImmutableForumEvent.copyOf(event).withPublications(
            event.publications().stream()
                .map(publication -> publication.material() == MaterialKind.AGENDA
                    ? ImmutablePublication.copyOf(publication).withPublishedAt(event.start().minusDays(3))
                    : publication)
                .collect(ImmutableList.toImmutableList()))),
        brokenEvent("no materials, no announcements", event -> ImmutableForumEvent.copyOf(event)
            .withPublications().withAnnouncements()),
        brokenEvent("announced late", event -> ImmutableForumEvent.copyOf(event).withAnnouncements(
            event.announcements().stream()
                .map(announcement -> ImmutableAnnouncement.copyOf(announcement)
                    .withAnnouncedAt(event.start().minusDays(2)))
                .collect(ImmutableList.toImmutableList()))),
        brokenEvent("no venue, no remote, by invitation", event -> ImmutableForumEvent.copyOf(event)
            .withVenue(Optional.empty()).withRemoteConnection(Optional.empty())
            .withAccess(Access.BY_INVITATION)),
        brokenEvent("eligible provider turned away", event -> ImmutableForumEvent.copyOf(event).withRegistrations(
            ImmutableRegistration.builder().organisation(Organisation.of("Hoiva Oy", OrganisationKind.SERVICE_PROVIDER))
                .operatesInRegion(true).accepted(false).reason("tila täynnä").build())),
        brokenEvent("only providers take part", event -> ImmutableForumEvent.copyOf(event).withParticipants(
            event.participants().stream().filter(participant -> participant.role() == ParticipantRole.SERVICE_PROVIDER)
                .collect(ImmutableList.toImmutableList()))),
        brokenEvent("convened and chaired by others", event -> ImmutableForumEvent.copyOf(event)
            .withConvener(SampleYears.ENTREPRENEURS).withChair(SampleYears.person("Yrittäjä", SampleYears.ENTREPRENEURS))
            .withSecretary(Optional.empty())),
        brokenEvent("items without goals, themes or a memo line; a voucher on the open forum", event -> {
          ImmutableList<AgendaItem> agenda = event.agenda().stream()
              .map(item -> (AgendaItem) ImmutableAgendaItem.copyOf(item).withStrategicGoals()
                  .withThemeId(Optional.empty()).withTopic(TopicKind.SERVICE_VOUCHER))
              .collect(ImmutableList.toImmutableList());
          return ImmutableForumEvent.copyOf(event).withAgenda(agenda)
              .withMemo(ImmutableMemo.copyOf(event.memo().orElseThrow()).withItems());
        }),
        broken("no item of the year names a goal", year -> ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
            .map(event -> (ForumEvent) ImmutableForumEvent.copyOf(event).withAgenda(event.agenda().stream()
                .map(item -> (AgendaItem) ImmutableAgendaItem.copyOf(item).withStrategicGoals())
                .collect(ImmutableList.toImmutableList())))
            .collect(ImmutableList.toImmutableList()))),
        brokenEvent("feedback opens late and closes early", event -> ImmutableForumEvent.copyOf(event).withFeedbackWindow(
            ImmutableFeedbackWindow.copyOf(event.feedbackWindow().orElseThrow())
                .withOpensAt(event.end().plusHours(1)).withClosesAt(event.end().plusDays(3)))),
        brokenEvent("no feedback window, recording or memo", event -> ImmutableForumEvent.copyOf(event)
            .withMemo(Optional.empty()).withFeedbackWindow(Optional.empty()).withRecording(Optional.empty())),
        brokenEvent("recording taken down early", event -> ImmutableForumEvent.copyOf(event).withRecording(
            ImmutableRecording.copyOf(event.recording().orElseThrow())
                .withRemovedAt(event.recording().orElseThrow().publishedAt().orElseThrow().plusDays(3)))),
        brokenEvent("recording kept too long", event -> ImmutableForumEvent.copyOf(event).withRecording(
            ImmutableRecording.copyOf(event.recording().orElseThrow())
                .withRemovedAt(event.recording().orElseThrow().publishedAt().orElseThrow().plusDays(30)))),
        brokenEvent("recording never published nor removed", event -> ImmutableForumEvent.copyOf(event).withRecording(
            ImmutableRecording.copyOf(event.recording().orElseThrow())
                .withPublishedAt(Optional.empty()).withRemovedAt(Optional.empty()))),
        brokenEvent("memo early, partial, undelivered, published unreviewed", event -> ImmutableForumEvent.copyOf(event)
            .withMemo(ImmutableMemo.copyOf(event.memo().orElseThrow())
                .withCompletedAt(event.end().plusDays(1)).withCoversDiscussion(false).withCoversFeedback(false)
                .withIncludedCommentIds().withDeliveries().withReviewedAt(Optional.empty()))),
        brokenEvent("memo reviewed before completion and after publication", event -> {
          var memo = event.memo().orElseThrow();
          return ImmutableForumEvent.copyOf(event).withMemo(ImmutableMemo.copyOf(memo)
              .withReviewedAt(memo.publishedAt().orElseThrow().plusDays(3))
              .withCompletedAt(memo.publishedAt().orElseThrow().plusDays(5)));
        }),
        broken("forum too close to its decision", year -> withClock(year, clock -> ImmutableAnnualClock.copyOf(clock)
            .withDecisions(clock.decisions().stream()
                .map(decision -> decision.id().equals("strategia-paatos")
                    ? ImmutableDecision.copyOf(decision).withDate(LocalDate.of(YEAR, 3, 13)) : decision)
                .collect(ImmutableList.toImmutableList())))),
        broken("no standing budget or dialogue theme", year -> withClock(year, clock -> ImmutableAnnualClock.copyOf(clock)
            .withThemes(clock.themes().stream()
                .map(theme -> theme.kind() == ThemeKind.BUDGET || theme.kind() == ThemeKind.PROCUREMENT_STRATEGY_DIALOGUE
                    ? ImmutableClockTheme.copyOf(theme).withKind(ThemeKind.STRATEGY_AND_FUTURE) : theme)
                .collect(ImmutableList.toImmutableList())))),
        broken("procurement plan decided before the dialogue", year -> withClock(year, clock -> ImmutableAnnualClock
            .copyOf(clock).withDecisions(clock.decisions().stream()
                .map(decision -> decision.id().equals("hankinta-paatos")
                    ? ImmutableDecision.copyOf(decision).withDate(LocalDate.of(YEAR, 11, 20)) : decision)
                .collect(ImmutableList.toImmutableList())))),
        broken("dialogue forum cancelled", year -> withEvent(year, DIALOGUE_FORUM,
            event -> ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED))),
        broken("no clock, group, plan or partnership documents", year -> ImmutableForumYear.builder()
            .countyId(year.countyId()).year(year.year())
            .addAllEvents(year.events().stream()
                .map(event -> (ForumEvent) ImmutableForumEvent.copyOf(event).withAgenda(event.agenda().stream()
                    .map(item -> (AgendaItem) ImmutableAgendaItem.copyOf(item).withThemeId(Optional.empty())
                        .withDecisionPath(Optional.empty()))
                    .collect(ImmutableList.toImmutableList())))
                .collect(ImmutableList.toImmutableList()))
            .build()),
        broken("working group of the wrong term, thin, a member outside", year -> ImmutableForumYear.copyOf(year)
            .withWorkingGroup(ImmutableWorkingGroup.builder()
                .termStart(LocalDate.of(2021, 6, 1)).termEnd(LocalDate.of(2025, 5, 31))
                .addMembers(ImmutableWorkingGroupMember.copyOf(SampleYears.workingGroup().members().get(1))
                    .withMemberFrom(LocalDate.of(2021, 1, 1)).withMemberUntil(LocalDate.of(2025, 5, 31)))
                .build())),
        broken("two forums left, far apart", year -> ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
            .map(event -> event.id().endsWith("-1") || event.id().endsWith("-3") || event.id().endsWith("-0")
                || event.id().endsWith("-5") ? ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED) : event)
            .collect(ImmutableList.toImmutableList()))),
        broken("eight forums, one reason", year -> {
          ForumEvent first = SampleYears.openForum("foorumi-" + YEAR + "-6", SampleYears.at(YEAR, 2, 11),
              SampleYears.STRATEGY, "strategia-paatos");
          ForumEvent second = SampleYears.openForum("foorumi-" + YEAR + "-7", SampleYears.at(YEAR, 6, 3),
              SampleYears.WELFARE, "hyvinvointi-paatos");
          return ImmutableForumYear.copyOf(year).withEvents(ImmutableList.<ForumEvent>builder().addAll(year.events())
              .add(ImmutableForumEvent.copyOf(first).withAdditionalReason("Budjettikehys"), second).build());
        }),
        broken("plan without social media, partners or a forum", year -> ImmutableForumYear.copyOf(year)
            .withCommunicationPlan(ImmutableCommunicationPlan.copyOf(year.communicationPlan().orElseThrow())
                .withChannels(Channel.NEWSLETTER)
                .withPartners()
                .withEntries(year.communicationPlan().orElseThrow().entries().stream()
                    .filter(entry -> !entry.eventId().equals(FORUM))
                    .collect(ImmutableList.toImmutableList())))),
        broken("partnership documents incomplete", year -> ImmutableForumYear.copyOf(year)
            .withPermanentMembers(SampleYears.CHAMBER)
            .withPlaybook(ImmutablePlaybook.copyOf(year.playbook().orElseThrow())
                .withSections(PlaybookSection.values()[0]).withAuthors(SampleYears.COUNTY))
            .withPartnershipAgreement(ImmutablePartnershipAgreement.copyOf(year.partnershipAgreement().orElseThrow())
                .withWritten(false).withSharedGoals().withSignatures()
                .withVitalityPledge(Optional.empty()))));
  }

  static Stream<Arguments> otherProfilesAndTimes() {
    PolicyProfile standard = KeskiSuomi.profile();
    ForumYear year = Workloads.sixForumYear(YEAR);
    ForumYear unplanned = withEvent(year, FORUM, event -> ImmutableForumEvent.copyOf(event).withParticipants());
    return Stream.of(
        Arguments.of("the profile without the proposal", year, standard, AFTER_THE_YEAR),
        Arguments.of("another county's profile", year,
            ImmutablePolicyProfile.copyOf(standard).withCounty(
                ImmutableCounty.copyOf(standard.county()).withId("pirkanmaa")),
            AFTER_THE_YEAR),
        Arguments.of("an unapproved profile", year, ImmutablePolicyProfile.copyOf(standard)
            .withApproval(Optional.empty()), AFTER_THE_YEAR),
        Arguments.of("a profile approved by a board", year, ImmutablePolicyProfile.copyOf(standard)
            .withApproval(ImmutableApproval.builder().body("lautakunta").byRegionalBoard(false).build()), AFTER_THE_YEAR),
        Arguments.of("a profile from June, with named boards", year, ImmutablePolicyProfile.copyOf(standard)
            .withValidFrom(LocalDate.of(YEAR, 6, 1)).withBoards("sosiaali- ja terveyslautakunta", "tarkastuslautakunta")
            .withApproval(ImmutableApproval.builder().body("aluehallitus").byRegionalBoard(true)
                .approvedOn(LocalDate.of(YEAR, 5, 2)).build()), AFTER_THE_YEAR),
        Arguments.of("a profile expired", year, ImmutablePolicyProfile.copyOf(standard)
            .withValidFrom(LocalDate.of(2020, 1, 1)).withValidUntil(LocalDate.of(2024, 12, 31)), AFTER_THE_YEAR),
        Arguments.of("a profile not yet valid", year, ImmutablePolicyProfile.copyOf(standard)
            .withValidFrom(LocalDate.of(YEAR + 1, 1, 1)), AFTER_THE_YEAR),
        Arguments.of("an unknown classification", year, ImmutablePolicyProfile.copyOf(standard)
            .withIndustryClassification("NACE"), AFTER_THE_YEAR),
        Arguments.of("a plan, checked before the year", unplanned, standard, BEFORE_THE_YEAR),
        Arguments.of("a plan, checked mid-year", unplanned, standard,
            HelsinkiTime.instant(LocalDate.of(YEAR, 5, 10).atStartOfDay())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenYears")
  void findsWhatTheRulesFindInBrokenYears(String broken, ForumYear year) {
    Multiset<String> byRules = findings(year, PROFILE, AFTER_THE_YEAR);

    assertEquals(byRules, issues(year, PROFILE, AFTER_THE_YEAR));
    if (broken.equals("compliant")) {
      assertEquals(0, violations(year, PROFILE, AFTER_THE_YEAR), () -> "the measured year breaks the policy: " + byRules);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherProfilesAndTimes")
  void findsWhatTheRulesFindUnderOtherProfilesAndTimes(String situation, ForumYear year, PolicyProfile profile,
      Instant now) {
    assertEquals(findings(year, profile, now), issues(year, profile, now));
  }

  @Test
  void everyRuleOfTheCatalogueFindsSomething() {
    Set<String> silent = PolicyCheck.standard().rules().stream().map(Rule::id).collect(Collectors.toSet());
    Stream.concat(
            brokenYears().map(arguments -> PolicyCheck.standard().check((ForumYear) arguments.get()[1], PROFILE, AFTER_THE_YEAR)),
            otherProfilesAndTimes().map(arguments -> PolicyCheck.standard().check(
                (ForumYear) arguments.get()[1], (PolicyProfile) arguments.get()[2], (Instant) arguments.get()[3])))
        .flatMap(result -> result.findings().stream())
        .forEach(finding -> silent.remove(finding.ruleId()));

    assertEquals(Set.of(), silent, "rules no case here breaks, so the baseline is not compared on them");
  }

  private static Multiset<String> findings(ForumYear year, PolicyProfile profile, Instant now) {
    Multiset<String> byRules = HashMultiset.create();
    PolicyCheck.standard().check(year, profile, now).findings()
        .forEach(finding -> byRules.add(finding.messageKey() + " @ " + finding.subject().id()));
    return byRules;
  }

  private static long violations(ForumYear year, PolicyProfile profile, Instant now) {
    return PolicyCheck.standard().check(year, profile, now).findings().stream()
        .filter(finding -> finding.severity() == Severity.VIOLATION)
        .count();
  }

  /** The baseline's issues, of the rules the catalogue runs (until every rule is in it). */
  private static Multiset<String> issues(ForumYear year, PolicyProfile profile, Instant now) {
    Set<String> rules = PolicyCheck.standard().rules().stream().map(Rule::id).collect(Collectors.toSet());
    Multiset<String> byHand = HashMultiset.create();
    HandWrittenCheck.check(year, profile, now).stream()
        .filter(issue -> rules.contains(issue.key().split("\\.")[0]))
        .forEach(issue -> byHand.add(issue.key() + " @ " + issue.subject()));
    return byHand;
  }

  private static Arguments broken(String name, UnaryOperator<ForumYear> change) {
    return Arguments.of(name, change.apply(Workloads.sixForumYear(YEAR)));
  }

  private static Arguments brokenEvent(String name, UnaryOperator<ForumEvent> change) {
    return broken(name, year -> withEvent(year, FORUM, change));
  }

  private static ForumYear withEvent(ForumYear year, String id, UnaryOperator<ForumEvent> change) {
    return ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> event.id().equals(id) ? change.apply(event) : event)
        .collect(ImmutableList.toImmutableList()));
  }

  private static ForumYear withClock(ForumYear year, UnaryOperator<AnnualClock> change) {
    return ImmutableForumYear.copyOf(year).withClock(change.apply(year.clock().orElseThrow()));
  }
}
