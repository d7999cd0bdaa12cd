package fi.hyvinvointialue.forum.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.CommunicationEntry;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.DecisionKind;
import fi.hyvinvointialue.forum.domain.EventKind;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableVenue;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Memo;
import fi.hyvinvointialue.forum.domain.MemoDelivery;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import fi.hyvinvointialue.forum.rules.core.Severity;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnnualClockPlannerTest {
  private static final Instant BEFORE_2027 = Instant.parse("2026-10-01T00:00:00Z");
  private final AnnualClockPlanner planner = new AnnualClockPlanner();

  private static ImmutablePlanningRequest.Builder request(int year) {
    return request(year, SampleYears.profile());
  }

  private static ImmutablePlanningRequest.Builder request(int year, PolicyProfile profile) {
    return ImmutablePlanningRequest.builder().year(year).profile(profile).addAllDecisions(SampleYears.clock(year).decisions());
  }

  private PlannedYear plan(PlanningRequest request) {
    PlanningResult result = planner.plan(request);
    assertTrue(result.isFeasible(), () -> result.explanation(Locale.ENGLISH));
    return result.plan().orElseThrow();
  }

  private static Decision decision(String id, DecisionKind kind, LocalDate date) {
    return SampleYears.decision(id, "Päätös " + id, kind, BodyKind.COUNCIL, "aluevaltuusto", date);
  }

  @Test
  void theSampleCalendarOf2027GetsThreeCompliantForumsSpreadOverTheYear() {
    PlannedYear planned = plan(request(2027).build());
    ForumYear year = planned.year();

    assertEquals(3, year.events().size());
    assertEquals(ImmutableList.of(), PolicyCheck.standard().check(year, SampleYears.profile(), BEFORE_2027)
        .withSeverity(Severity.VIOLATION));
    FinnishHolidays holidays = FinnishHolidays.withEves();
    LocalDate previous = null;
    for (ForumEvent event : year.events()) {
      LocalDate day = event.start().toLocalDate();
      assertEquals(EventKind.OPEN_FORUM, event.kind());
      assertEquals(EventStatus.PLANNED, event.status());
      assertTrue(Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY).contains(day.getDayOfWeek()), day::toString);
      assertFalse(holidays.isDayOff(day), day::toString);
      assertFalse(day.getMonthValue() == 7, day::toString);
      if (previous != null) {
        long gap = ChronoUnit.DAYS.between(previous, day);
        assertTrue(gap >= 21 && gap <= SampleYears.profile().maxDaysBetweenForums(), previous + " → " + day);
      }
      previous = day;
    }
    planned.forums().forEach(forum -> forum.deadlines().forEach(
        deadline -> assertTrue(deadline.slackDays() >= 0, deadline::toString)));
    Set<String> placed = planned.forums().stream().flatMap(forum -> forum.themeIds().stream()).collect(Collectors.toSet());
    assertEquals(Set.of("talousarvio", "hankintasuunnitelma", "palvelusetelit", "strategia", "hyvinvointikertomus"), placed);
  }

  @Test
  void theShortRequestIsTheBuilderWithEveryDefault() {
    assertEquals(request(2027).build(), PlanningRequest.of(2027, SampleYears.profile(), SampleYears.clock(2027).decisions()));
    assertEquals(planner.plan(request(2027).build()), planner.plan(PlanningRequest.of(2027, SampleYears.profile(),
        SampleYears.clock(2027).decisions())));
  }

  @Test
  void aThemeGoesToTheLastForumWhoseMemoStillReachesTheDecisionAWeekAhead() {
    PlannedYear planned = plan(request(2027).forumsWanted(4).build());
    PlannedForum procurement = planned.forums().stream()
        .filter(forum -> forum.themeIds().contains("hankintasuunnitelma")).findFirst().orElseThrow();
    DecisionDeadline deadline = procurement.deadlines().stream()
        .filter(candidate -> candidate.decisionId().equals("hankinta-paatos")).findFirst().orElseThrow();

    // The regional board decides on Tue 30.11.2027, so the memo is due by 23.11. A forum on Tue 2.11
    // closes feedback on 10.11, drafts by 15.11, is reviewed by 22.11 and delivered on 23.11.
    assertEquals(LocalDate.of(2027, 11, 2), procurement.schedule().day());
    assertEquals(LocalDate.of(2027, 11, 23), deadline.deliverBy());
    assertEquals(0, deadline.slackDays());
    assertEquals(LocalDateTime.of(2027, 11, 10, 15, 30), procurement.schedule().feedbackClosesAt());
    assertEquals(LocalDateTime.of(2027, 11, 15, 9, 0), procurement.schedule().memoCompletedAt());
    assertEquals(LocalDateTime.of(2027, 11, 22, 9, 0), procurement.schedule().memoReviewedAt());
    // A day later would be a day late.
    Scheduler scheduler = new Scheduler(request(2027).build(), new WorkingDays(FinnishHolidays.withEves()));
    assertEquals(LocalDate.of(2027, 11, 24), scheduler.on(LocalDate.of(2027, 11, 3)).memoDeliveredAt().toLocalDate());
  }

  @Test
  void everyForumCarriesItsWholeScheduleInTheDomainModel() {
    PlannedYear planned = plan(request(2027).forumsWanted(4).build());
    ForumEvent event = planned.year().events().get(3);
    ForumSchedule schedule = planned.forums().get(3).schedule();

    // Materials are due on 26.10 (a week before Tue 2.11); three days' buffer lands on Saturday 23.10,
    // so they are planned for Friday 22.10.
    assertEquals(LocalDate.of(2027, 10, 26), schedule.materialsDeadline());
    assertEquals(ImmutableSet.copyOf(MaterialKind.values()),
        event.publications().stream().map(publication -> publication.material()).collect(ImmutableSet.toImmutableSet()));
    event.publications().forEach(publication -> {
      assertEquals(Channel.WEBSITE, publication.channel());
      assertEquals(LocalDateTime.of(2027, 10, 22, 9, 0), publication.publishedAt());
    });
    assertEquals(ImmutableSet.of(Channel.WEBSITE, Channel.NEWSLETTER, Channel.SOCIAL_MEDIA),
        event.announcements().stream().map(announcement -> announcement.channel()).collect(ImmutableSet.toImmutableSet()));
    event.announcements().forEach(announcement -> assertEquals(LocalDateTime.of(2027, 10, 5, 9, 0), announcement.announcedAt()));
    assertEquals(event.end(), event.feedbackWindow().orElseThrow().opensAt());
    assertEquals(event.end().plusDays(8), event.feedbackWindow().orElseThrow().closesAt());
    assertEquals(LocalDateTime.of(2027, 11, 3, 9, 0), event.recording().orElseThrow().publishedAt().orElseThrow());
    assertEquals(LocalDateTime.of(2027, 11, 17, 9, 0), event.recording().orElseThrow().removedAt().orElseThrow());
    Memo memo = event.memo().orElseThrow();
    assertTrue(memo.coversDiscussion() && memo.coversFeedback());
    assertTrue(memo.reviewedAt().orElseThrow().isBefore(memo.publishedAt().orElseThrow()));
    assertEquals(event.agenda().size(), memo.items().size());
    assertEquals(ImmutableList.of("hyvinvoinnin ja terveyden lautakunta", "turvallisuuslautakunta", "aluehallitus"),
        memo.deliveries().stream().map(MemoDelivery::recipient).collect(ImmutableList.toImmutableList()));
    assertEquals(ImmutableList.of(RecipientKind.BOARD, RecipientKind.BOARD, RecipientKind.REGIONAL_BOARD),
        memo.deliveries().stream().map(MemoDelivery::recipientKind).collect(ImmutableList.toImmutableList()));
    event.agenda().forEach(item -> {
      assertTrue(item.themeId().isPresent());
      assertFalse(item.strategicGoals().isEmpty());
      assertFalse(item.topic().belongsToTargetedEvent());
      assertTrue(item.decisionPath().orElseThrow().decisionId().isPresent());
    });
  }

  @Test
  void theCommunicationPlanCoversEveryForumInEveryChannelWithThePolicysPartners() {
    ForumYear year = plan(request(2027).build()).year();
    ImmutableList<CommunicationEntry> entries = year.communicationPlan().orElseThrow().entries();

    assertEquals(3 * 3, entries.size());
    for (ForumEvent event : year.events()) {
      assertEquals(ImmutableSet.of(Channel.WEBSITE, Channel.NEWSLETTER, Channel.SOCIAL_MEDIA),
          entries.stream().filter(entry -> entry.eventId().equals(event.id())).map(CommunicationEntry::channel)
              .collect(ImmutableSet.toImmutableSet()));
    }
    assertEquals(ImmutableList.of("Keski-Suomen Yrittäjät", "Keski-Suomen kauppakamari", "Keski-Suomen kunnat",
        "Keski-Suomen liitto"),
        year.communicationPlan().orElseThrow().partners().stream().map(partner -> partner.name())
            .collect(ImmutableList.toImmutableList()));
  }

  @Test
  void withoutABaseYearTheStandingRecordsAreASkeletonForTheCouncilTerm() {
    ForumYear year = plan(request(2027).build()).year();

    assertEquals(LocalDate.of(2025, 6, 1), year.workingGroup().orElseThrow().termStart());
    assertEquals(LocalDate.of(2029, 5, 31), year.workingGroup().orElseThrow().termEnd());
    assertTrue(year.workingGroup().orElseThrow().members().stream()
        .allMatch(member -> member.name().contains(ForumTemplate.TO_BE_CONFIRMED)));
    assertTrue(year.events().get(0).venue().orElseThrow().name().contains(ForumTemplate.TO_BE_CONFIRMED));
    assertFalse(year.partnershipAgreement().isPresent());
  }

  @Test
  void theSketchedPartsAreNamed() {
    assertEquals(ImmutableSet.of(SketchedRecord.FORUM_DETAILS, SketchedRecord.WORKING_GROUP),
        plan(request(2027).build()).sketched());
    ForumTemplate details = ImmutableForumTemplate.copyOf(ForumTemplate.toBeConfirmed(SampleYears.profile()))
        .withVenue(ImmutableVenue.builder().name("Sairaala Nova, auditorio").build());
    assertEquals(ImmutableSet.of(), plan(request(2027).template(details).base(SampleYears.keskiSuomi(2026)).build()).sketched());
  }

  @Test
  void aWorkingGroupWhoseTermHasEndedIsNotCarried() {
    ForumYear base = SampleYears.keskiSuomi(2024);
    PlannedYear planned = plan(request(2026).base(base).build());

    assertTrue(base.workingGroup().orElseThrow().termEnd().isBefore(LocalDate.of(2026, 1, 1)));
    assertEquals(LocalDate.of(2025, 6, 1), planned.year().workingGroup().orElseThrow().termStart());
    assertTrue(planned.sketched().contains(SketchedRecord.WORKING_GROUP));
  }

  /**
   * The falsifying input of {@code decisionsFromMarchOnAlwaysGetACompliantPlan} as shrunk when a planner that
   * carried the base year's group whatever its term met the rules (TL-3.4, TL-3.6 by I-18): the 2025 base keeps
   * the 2022–2025 group, whose term does not reach 2026, while its partnership records are still carried.
   */
  @Test
  void theFirstYearOfACouncilTermWithAPartnershipBaseGetsANewGroupAndNoViolations() {
    ForumYear base = SampleYears.keskiSuomiWithPartnership(2025);
    PolicyProfile profile = KeskiSuomi.profileWithPartnership();
    ImmutablePlanningRequest.Builder request = ImmutablePlanningRequest.builder().year(2026).profile(profile)
        .forumsWanted(4).startTime(LocalTime.of(8, 0)).base(base);
    for (int i = 0; i < 5; i++) {
      request.addDecisions(SampleYears.decision("paatos-" + i, "Päätös " + i, DecisionKind.BUDGET, BodyKind.COUNCIL,
          "elin-" + i, LocalDate.of(2026, 3, 1)));
    }
    PlannedYear planned = plan(request.build());

    assertEquals(LocalDate.of(2025, 5, 31), base.workingGroup().orElseThrow().termEnd());
    assertEquals(LocalDate.of(2025, 6, 1), planned.year().workingGroup().orElseThrow().termStart());
    assertTrue(planned.sketched().contains(SketchedRecord.WORKING_GROUP));
    assertEquals(base.partnershipAgreement(), planned.year().partnershipAgreement());
    assertEquals(ImmutableList.of(), PolicyCheck.standard()
        .check(planned.year(), profile, HelsinkiTime.instant(LocalDate.of(2025, 10, 1).atStartOfDay()))
        .withSeverity(Severity.VIOLATION));
  }

  @Test
  void partnershipRecordsAreNeverInvented() {
    PlanningResult result = planner.plan(request(2027, KeskiSuomi.profileWithPartnership()).build());

    assertEquals(ImmutableList.of(ConflictKind.PARTNERSHIP_RECORD_MISSING, ConflictKind.PARTNERSHIP_RECORD_MISSING), kinds(result));
    assertEquals("The profile keski-suomi 2026.1+KE adopts KE-3, which needs the joint partnership playbook; a plan cannot "
        + "invent it: give a base year that has it.", result.conflicts().get(0).message(Locale.ENGLISH));
    assertEquals("KE-4", result.conflicts().get(1).facts().get("clause"));
  }

  @Test
  void aBaseYearsStandingRecordsAreCarriedOver() {
    ForumYear base = SampleYears.keskiSuomiWithPartnership(2026);
    ForumYear year = plan(request(2027, KeskiSuomi.profileWithPartnership())
        .base(base).build()).year();

    assertEquals(base.workingGroup(), year.workingGroup());
    assertEquals(base.partnershipAgreement(), year.partnershipAgreement());
    assertEquals(base.playbook(), year.playbook());
    assertEquals(base.permanentMembers(), year.permanentMembers());
    assertEquals(base.communicationPlan().orElseThrow().partners(), year.communicationPlan().orElseThrow().partners());
    assertTrue(year.clock().orElseThrow().theme("hankintadialogi").isPresent(), "KE-2 adds the procurement dialogue");
  }

  @Test
  void aDecisionTooEarlyInTheYearIsExplainedWithTheDaysShort() {
    PlanningResult result = planner.plan(request(2027)
        .addDecisions(decision("talousarvion-muutos", DecisionKind.BUDGET, LocalDate.of(2027, 1, 12)))
        .themes(ImmutableList.of(SampleYears.theme("talousarvio", "Talousarvio", ThemeKind.BUDGET, "talousarvion-muutos")))
        .build());

    assertFalse(result.isFeasible());
    assertEquals(1, result.conflicts().size());
    PlanningConflict conflict = result.conflicts().get(0);
    assertEquals(ConflictKind.DECISION_TOO_EARLY, conflict.kind());
    // Memo due 5.1.2027. A forum on Sat 12.12.2026 closes feedback on 20.12; the draft is ready on
    // 23.12, reviewed by 4.1 over Christmas and New Year, out on 5.1. The first forum day of 2027 is
    // Tue 5.1: 24 days too late.
    assertEquals("2026-12-12", conflict.facts().get("needed"));
    assertEquals("2027-01-05", conflict.facts().get("first"));
    assertEquals("24", conflict.facts().get("short"));
    assertEquals("Decision talousarvion-muutos (Päätös talousarvion-muutos, aluevaltuusto) on 2027-01-12, fed by theme "
        + "talousarvio, needs its forum by 2026-12-12 so that the memo is delivered by 2027-01-05 (7 days ahead); that is "
        + "before the year starts, and the first possible forum day is 2027-01-05: 24 days short.",
        result.explanation(Locale.ENGLISH));
  }

  @Test
  void aStandingThemeFeedsTheCouncilsDecisionOfItsKindNotAnEarlierItem() {
    PlanningRequest request = request(2027)
        .addDecisions(decision("talousarvion-muutos", DecisionKind.BUDGET, LocalDate.of(2027, 1, 12)))
        .addDecisions(SampleYears.decision("talousarvion-seuranta", "Talousarvion seuranta", DecisionKind.BUDGET,
            BodyKind.REGIONAL_BOARD, "aluehallitus", LocalDate.of(2027, 12, 20)))
        .build();
    PlannedYear planned = plan(request);

    ClockTheme budget = planned.year().clock().orElseThrow().theme("talousarvio").orElseThrow();
    assertEquals(ImmutableList.of("talousarvio-paatos"), budget.decisionIds(), "the council's of 8.12, not 12.1 or 20.12");
    PlannedForum forum = planned.forums().stream().filter(candidate -> candidate.themeIds().contains("talousarvio"))
        .findFirst().orElseThrow();
    assertEquals(ImmutableList.of("talousarvio-paatos"),
        forum.deadlines().stream().filter(deadline -> deadline.themeId().equals("talousarvio")).map(DecisionDeadline::decisionId)
            .collect(ImmutableList.toImmutableList()));
    assertTrue(forum.schedule().day().isAfter(LocalDate.of(2027, 9, 1)), forum.schedule()::toString);
  }

  @Test
  void withoutTheCouncilTheLatestDecisionOfTheKindIsTheDecisiveOne() {
    ImmutableList<Decision> decisions = ImmutableList.of(
        SampleYears.decision("a", "A", DecisionKind.PROCUREMENT_PLAN, BodyKind.REGIONAL_BOARD, "aluehallitus", LocalDate.of(2027, 3, 1)),
        SampleYears.decision("b", "B", DecisionKind.PROCUREMENT_PLAN, BodyKind.BOARD, "lautakunta", LocalDate.of(2027, 11, 1)),
        SampleYears.decision("c", "C", DecisionKind.PROCUREMENT_PLAN, BodyKind.OFFICIAL, "johtaja", LocalDate.of(2028, 1, 5)));
    assertEquals(ImmutableList.of("b"), StandingThemes.PROCUREMENT_PLAN.feeding(decisions, 2027).decisionIds());
  }

  @Test
  void noForumNorItsFollowUpWorkFallsInTheSummerBreak() {
    for (int year = 2026; year <= 2035; year++) {
      BlockedPeriod summer = BlockedPeriod.summerBreak(PolicyCalendar.of(SampleYears.profile()), year);
      assertEquals(DayOfWeek.MONDAY, summer.from().getDayOfWeek());
      assertEquals(DayOfWeek.FRIDAY, summer.from().plusDays(4).getDayOfWeek());
      assertEquals(summer.from().plusDays(4), FinnishHolidays.withEves().inYear(year).get(Holiday.MIDSUMMER_EVE), "Midsummer Eve's week");
      assertEquals(LocalDate.of(year, 8, 15), summer.until());
      for (PlannedForum forum : plan(request(year).build()).forums()) {
        assertFalse(summer.overlaps(forum.schedule().day(), forum.schedule().memoDeliveredAt().toLocalDate()), forum::toString);
      }
    }
    // 2027 used to have its middle forum on 30 June; the three forums now keep the break.
    assertEquals(ImmutableList.of(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 5, 27), LocalDate.of(2027, 10, 21)),
        plan(request(2027).build()).forums().stream().map(forum -> forum.schedule().day()).collect(ImmutableList.toImmutableList()));
  }

  @Test
  void byDefaultTheFewestForumsThatKeepTheSummerBreak() {
    // In 2026 three forums cannot keep both the break and the gap over the new year: the planner takes four.
    assertEquals(4, plan(request(2026).build()).forums().size());
    assertEquals(ImmutableList.of(ConflictKind.NO_SEQUENCE), kinds(planner.plan(request(2026).forumsWanted(3).build())));
  }

  @Test
  void replanningKeepsWhatIsHeldOrAnnouncedAndPlansTheRestAfterIt() {
    ForumYear planned = plan(request(2027).forumsWanted(4).build()).year();
    // 2027: 16.2, 18.5, 17.8, 2.11. From 1.5 the first is held and the second announced (on 20.4): both stay.
    PlannedYear replanned = plan(request(2027).forumsWanted(4).base(planned).replanFrom(LocalDate.of(2027, 5, 1))
        .minDaysBetweenForums(30).build());
    ForumYear year = replanned.year();

    assertEquals(planned.events().subList(0, 2), year.events().subList(0, 2));
    assertEquals(2, replanned.forums().size(), "two forums planned anew");
    assertEquals(ImmutableList.of("foorumi-2027-3", "foorumi-2027-4"),
        replanned.forums().stream().map(PlannedForum::forumId).collect(ImmutableList.toImmutableList()));
    assertTrue(replanned.forums().get(0).schedule().day().isAfter(LocalDate.of(2027, 6, 17)), replanned.forums().toString());
    Set<String> replaced = replanned.forums().stream().flatMap(forum -> forum.themeIds().stream()).collect(Collectors.toSet());
    assertEquals(Set.of("palvelusetelit", "talousarvio", "hankintasuunnitelma"), replaced, "the kept forums' themes stay there");
    assertEquals(ImmutableList.of(), PolicyCheck.standard().check(year, SampleYears.profile(), BEFORE_2027)
        .withSeverity(Severity.VIOLATION));
  }

  @Test
  void replanningNeedsThePlanOfTheYear() {
    IllegalStateException noBase = assertThrows(IllegalStateException.class,
        () -> request(2027).replanFrom(LocalDate.of(2027, 5, 1)).build());
    assertEquals("planningRequest.replanFrom needs a base that is the plan of the year 2027", noBase.getMessage());
  }

  @Test
  void tooFewOrUnexplainedExtraForumsAreExplained() {
    assertEquals(ImmutableList.of(ConflictKind.TOO_FEW_FORUMS_WANTED), kinds(planner.plan(request(2027).forumsWanted(2).build())));
    assertEquals(ImmutableList.of(ConflictKind.EXTRA_FORUMS_WITHOUT_REASON),
        kinds(planner.plan(request(2027).forumsWanted(7).build())));
  }

  @Test
  void extraForumsCarryTheirReason() {
    ForumYear year = plan(request(2027).forumsWanted(8).additionalForumsReason("Palvelustrategian uudistus").build()).year();

    assertEquals(8, year.events().size());
    assertEquals(ImmutableList.of(false, false, false, false, false, false, true, true),
        year.events().stream().map(event -> event.additionalReason().isPresent()).collect(ImmutableList.toImmutableList()));
    assertTrue(year.events().stream().allMatch(event -> !event.agenda().isEmpty()));
  }

  @Test
  void moreForumsThanFitAtTheLeastDistanceAreExplained() {
    PlanningResult result = planner.plan(request(2027).forumsWanted(6).minDaysBetweenForums(75).build());

    assertEquals(ImmutableList.of(ConflictKind.NOT_ENOUGH_SLOTS), kinds(result));
    assertEquals("6 forums wanted but only 4 feasible slots at least 75 days apart between 2027-01-05 and 2027-12-30.",
        result.explanation(Locale.ENGLISH));
  }

  @Test
  void aBlockedPeriodLongerThanTheLongestGapIsExplained() {
    PlanningResult result = planner.plan(request(2027)
        .blockedPeriods(ImmutableList.of(BlockedPeriod.of(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 10, 15), "remontti")))
        .build());

    assertEquals(ImmutableList.of(ConflictKind.GAP_TOO_LONG), kinds(result));
    assertEquals("No forum is possible between 2027-04-29 and 2027-10-19 (remontti): 173 days, 23 more than the longest "
        + "gap allowed between forums, 150 days (TL-2.1).", result.explanation(Locale.ENGLISH));
  }

  @Test
  void theFirstForumMustComeEarlyEnoughToKeepTheGapOverTheNewYear() {
    PlanningResult result = planner.plan(ImmutablePlanningRequest.builder().year(2027).profile(SampleYears.profile())
        .addDecisions(decision("talousarvio", DecisionKind.BUDGET, LocalDate.of(2027, 12, 8)))
        .blockedPeriods(ImmutableList.of(BlockedPeriod.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), "kevätkausi")))
        .build());

    assertEquals(ImmutableList.of(ConflictKind.YEAR_EDGE), kinds(result));
    // Half of the longest gap, 150 days, is 74: the first forum by 16.3 keeps 31.12 → 16.3 within 150 days
    // whenever the previous year ended by the same rule.
    assertEquals("No forum is possible between 2027-01-01 and 2027-03-16: the year's first forum must come by then so "
        + "that the gap from the previous year's last one stays within 150 days (TL-2.1); the first possible forum day is "
        + "2027-04-01, 16 days later.", result.explanation(Locale.ENGLISH));
  }

  @Test
  void aSingleForumCannotBeARegularChannel() {
    PolicyProfile oneForum = ImmutablePolicyProfile.copyOf(SampleYears.profile()).withMinForumsPerYear(1);
    PlanningResult result = planner.plan(request(2027, oneForum).forumsWanted(1).build());

    assertEquals(ImmutableList.of(ConflictKind.NO_SEQUENCE), kinds(result));
    assertEquals("74", result.conflicts().get(0).facts().get("edge"));
    // The one forum must come by the strategy's deadline, 23.3, and so 283 days before the year's end: an edge of
    // 283 days is a longest gap of 567.
    assertEquals("No 1 forum days fit together: forums at least 21 and at most 150 days apart, the first by 2027-03-23, "
        + "the first within 74 days of the year's start and the last within 74 days of its end. They would fit with gaps of "
        + "up to 567 days: 417 days more than allowed (TL-2.1).", result.explanation(Locale.ENGLISH));
  }

  @Test
  void memosNeedABoardToGoTo() {
    PolicyProfile noBoards = ImmutablePolicyProfile.copyOf(SampleYears.profile()).withBoards();
    PlanningResult result = planner.plan(ImmutablePlanningRequest.builder().year(2027).profile(noBoards)
        .addDecisions(decision("talousarvio", DecisionKind.BUDGET, LocalDate.of(2027, 12, 8))).build());

    assertEquals(ImmutableList.of(ConflictKind.NO_BOARD_FOR_MEMOS), kinds(result));
    assertTrue(planner.plan(ImmutablePlanningRequest.builder().year(2027).profile(noBoards)
        .addDecisions(decision("talousarvio", DecisionKind.BUDGET, LocalDate.of(2027, 12, 8)))
        .memoBoards(ImmutableList.of("turvallisuuslautakunta")).build()).isFeasible());
    // The Keski-Suomi profile names its boards, so its memos have somewhere to go.
    assertTrue(planner.plan(ImmutablePlanningRequest.builder().year(2027).profile(SampleYears.profile())
        .addDecisions(decision("talousarvio", DecisionKind.BUDGET, LocalDate.of(2027, 12, 8))).build()).isFeasible());
  }

  @Test
  void aProfileNotInForceOrNotApprovedIsExplained() {
    PolicyProfile expired = ImmutablePolicyProfile.copyOf(SampleYears.profile()).withValidUntil(LocalDate.of(2026, 12, 31));
    assertEquals(ImmutableList.of(ConflictKind.PROFILE_NOT_IN_FORCE), kinds(planner.plan(request(2027, expired).build())));
    assertEquals(ImmutableList.of(ConflictKind.PROFILE_NOT_APPROVED),
        kinds(planner.plan(request(2027, ImmutablePolicyProfile.copyOf(SampleYears.profile()).withApproval(Optional.empty()))
            .build())));
  }

  @Test
  void aBadRequestNamesTheField() {
    IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> request(2027)
        .themes(ImmutableList.of(SampleYears.theme("t", "Teema", ThemeKind.BUDGET, "ei-ole")))
        .build());
    assertEquals("planningRequest.themes[t].decisionIds refers to unknown decision 'ei-ole'", unknown.getMessage());
    IllegalStateException announcing = assertThrows(IllegalStateException.class,
        () -> request(2027).announcementLeadDays(10).build());
    assertTrue(announcing.getMessage().startsWith("planningRequest.announcementLeadDays (10)"), announcing.getMessage());
  }

  @Test
  void everyConflictHasItsMessageInEveryLanguage() {
    for (Locale language : new Locale[] {Locale.ROOT, Locale.forLanguageTag("sv"), Locale.ENGLISH}) {
      Set<String> keys = PlanningMessages.bundle(language).keySet();
      for (ConflictKind kind : ConflictKind.values()) {
        assertTrue(keys.stream().anyMatch(key -> key.equals(kind.key()) || key.startsWith(kind.key() + ".")),
            kind + " in " + language);
      }
      assertEquals(PlanningMessages.bundle(Locale.ENGLISH).keySet(), keys, "the same keys in " + language);
    }
  }

  private static ImmutableList<ConflictKind> kinds(PlanningResult result) {
    return result.conflicts().stream().map(PlanningConflict::kind).collect(ImmutableList.toImmutableList());
  }
}
