package fi.hyvinvointialue.forum.rules;

import static fi.hyvinvointialue.forum.rules.Plans.memo;
import static fi.hyvinvointialue.forum.rules.Plans.withEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.AnnualClock;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.EventStatus;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableAgendaItem;
import fi.hyvinvointialue.forum.domain.ImmutableAnnouncement;
import fi.hyvinvointialue.forum.domain.ImmutableAnnualClock;
import fi.hyvinvointialue.forum.domain.ImmutableDecision;
import fi.hyvinvointialue.forum.domain.ImmutableFeedbackWindow;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableOrganisation;
import fi.hyvinvointialue.forum.domain.ImmutablePublication;
import fi.hyvinvointialue.forum.domain.ImmutableRecording;
import fi.hyvinvointialue.forum.domain.ImmutableRegistration;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroup;
import fi.hyvinvointialue.forum.domain.ImmutableWorkingGroupMember;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.RecipientKind;
import fi.hyvinvointialue.forum.domain.TopicKind;
import fi.hyvinvointialue.forum.domain.WorkingGroupMember;
import fi.hyvinvointialue.forum.domain.profile.ImmutableApproval;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import fi.hyvinvointialue.forum.rules.core.CheckContext;
import fi.hyvinvointialue.forum.rules.core.Finding;
import fi.hyvinvointialue.forum.rules.core.Rule;
import fi.hyvinvointialue.forum.rules.core.Severity;
import fi.hyvinvointialue.forum.rules.core.Subject;
import fi.hyvinvointialue.forum.rules.core.SubjectKind;
import fi.hyvinvointialue.forum.rules.tl1.ProfileApprovedByRegionalBoard;
import fi.hyvinvointialue.forum.rules.tl2.ForumBringsOfficialsAndElectedOfficials;
import fi.hyvinvointialue.forum.rules.tl2.ForumsSpreadOverTheYear;
import fi.hyvinvointialue.forum.rules.tl2.NoSingleProcurementOnOpenForum;
import fi.hyvinvointialue.forum.rules.tl3.ClockCoversStandingThemes;
import fi.hyvinvointialue.forum.rules.tl3.CountyConvenesChairsAndKeepsMinutes;
import fi.hyvinvointialue.forum.rules.tl3.ForumsBeforeTheDecisionsTheyFeed;
import fi.hyvinvointialue.forum.rules.tl3.OpenForumTurnsAwayNoEligibleProvider;
import fi.hyvinvointialue.forum.rules.tl3.WorkingGroupRepresentsProviders;
import fi.hyvinvointialue.forum.rules.tl3.WorkingGroupTermIsCouncilTerm;
import fi.hyvinvointialue.forum.rules.tl4.DatesAnnouncedInNewsletterAndWebsite;
import fi.hyvinvointialue.forum.rules.tl4.EnoughForumsAYear;
import fi.hyvinvointialue.forum.rules.tl4.ExtraForumsStateAReason;
import fi.hyvinvointialue.forum.rules.tl4.FeedbackOpenAWeekAfter;
import fi.hyvinvointialue.forum.rules.tl4.MaterialsPublishedAWeekAhead;
import fi.hyvinvointialue.forum.rules.tl4.MemoCoversDiscussionAndFeedback;
import fi.hyvinvointialue.forum.rules.tl4.MemoDeliveredToBoardsAndPresenters;
import fi.hyvinvointialue.forum.rules.tl4.RecordingAvailableTwoWeeks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test (or more) per interpretation of INTERPRETATIONS.md, named by its id. */
class InterpretationsTest {
  private static final ForumYear YEAR = SampleYears.keskiSuomi(2026);
  private static final PolicyProfile PROFILE = KeskiSuomi.profile();
  private static final String FIRST = "foorumi-2026-1";
  private static final String LAST = "foorumi-2026-4";

  private static ImmutableList<Finding> check(Rule rule, ForumYear year) {
    return Plans.check(rule, year, PROFILE);
  }

  private static ImmutableList<Finding> check(Rule rule, ForumYear year, Instant now) {
    return rule.check(CheckContext.of(year, PROFILE, now));
  }

  private static ImmutableList<String> keys(ImmutableList<Finding> findings) {
    return findings.stream().map(Finding::messageKey).collect(ImmutableList.toImmutableList());
  }

  private static Instant helsinki(LocalDateTime wallTime) {
    return HelsinkiTime.instant(wallTime);
  }

  private static ForumYear agendaPublishedAt(ForumYear year, String id, LocalDateTime at) {
    return withEvent(year, id, event -> ImmutableForumEvent.copyOf(event).withPublications(event.publications().stream()
        .map(p -> p.material() == MaterialKind.AGENDA ? ImmutablePublication.copyOf(p).withPublishedAt(at) : p)
        .collect(ImmutableList.toImmutableList())));
  }

  @Test
  void everyInterpretationHasATest() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher heading = Pattern.compile("(?m)^### (I-\\d+):").matcher(Files.readString(Path.of("INTERPRETATIONS.md"),
        StandardCharsets.UTF_8));
    while (heading.find()) {
      documented.add(heading.group(1));
    }
    Set<String> tested = Arrays.stream(InterpretationsTest.class.getDeclaredMethods())
        .map(method -> method.getAnnotation(DisplayName.class))
        .filter(name -> name != null)
        .map(name -> name.value().substring(0, name.value().indexOf(':')))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(23, documented.size());
    assertEquals(documented, tested);
  }

  @Test
  @DisplayName("I-1: deadlines are calendar days in Helsinki, a week across the spring change is still a week")
  void aWeekAcrossDaylightSavingIsStillAWeek() {
    ForumEvent moved = Plans.moved(YEAR.event(FIRST).orElseThrow(), 21, "foorumi-huhtikuu");
    assertEquals(LocalDate.of(2026, 4, 1), moved.start().toLocalDate());
    ForumYear april = ImmutableForumYear.copyOf(YEAR).withEvents(moved);
    Rule rule = new MaterialsPublishedAWeekAhead();
    assertEquals(ImmutableList.of(), check(rule, agendaPublishedAt(april, moved.id(), LocalDateTime.of(2026, 3, 25, 23, 59))));
    ImmutableList<Finding> late = check(rule, agendaPublishedAt(april, moved.id(), LocalDateTime.of(2026, 3, 26, 0, 1)));
    assertEquals(1, late.size());
    assertEquals("6", late.get(0).facts().get("days"));
  }

  @Test
  @DisplayName("I-2: a year is the calendar year of the event's start")
  void aForumFromNewYearsEveCountsForTheYearItStarts() {
    ForumYear twoForums = Plans.withEvents(YEAR, event -> event.id().equals("foorumi-2026-2") || event.id().equals("foorumi-2026-3"),
        event -> ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED));
    ForumEvent newYearsEve = SampleYears.openForum("foorumi-uudenvuodenaatto", LocalDateTime.of(2026, 12, 31, 22, 0),
        SampleYears.BUDGET, "talousarvio-paatos");
    assertEquals(2027, newYearsEve.end().getYear());
    Rule rule = new EnoughForumsAYear();
    assertEquals(ImmutableList.of("enough-forums-a-year"), keys(check(rule, twoForums)));
    ForumYear withIt = ImmutableForumYear.copyOf(twoForums)
        .withEvents(ImmutableList.<ForumEvent>builder().addAll(twoForums.events()).add(newYearsEve).build());
    assertEquals(ImmutableList.of(), check(rule, withIt));
  }

  @Test
  @DisplayName("I-3: a profile in force from 1 July pro-rates the minimum and notes the events outside it")
  void aProfileThatStartsMidYear() {
    PolicyProfile fromJuly = ImmutablePolicyProfile.copyOf(PROFILE).withValidFrom(LocalDate.of(2026, 7, 1));
    assertEquals(2, EnoughForumsAYear.required(fromJuly, 2026));
    assertEquals(3, EnoughForumsAYear.required(PROFILE, 2026));
    assertEquals(2, EnoughForumsAYear.required(
        ImmutablePolicyProfile.copyOf(PROFILE).withValidUntil(LocalDate.of(2026, 6, 30)), 2026));
    CheckResult result = PolicyCheck.standard().check(YEAR, fromJuly, Plans.LONG_AFTER);
    assertEquals(ImmutableSet.of(Severity.NOTICE), result.findings().stream().map(Finding::severity).collect(ImmutableSet.toImmutableSet()));
    assertEquals(ImmutableList.of("county-convenes-chairs-and-keeps-minutes.no-business-id",
        "profile-approved-by-regional-board.undated", "profile-in-force-for-the-year.event-outside",
        "profile-in-force-for-the-year.event-outside", "profile-in-force-for-the-year.part-of-year"),
        result.findings().stream().map(Finding::messageKey).sorted().collect(ImmutableList.toImmutableList()));
    ForumYear oneInForce = withEvent(YEAR, LAST, event -> ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED));
    ImmutableList<Finding> tooFew = new EnoughForumsAYear().check(CheckContext.of(oneInForce, fromJuly, Plans.LONG_AFTER));
    assertEquals("1", tooFew.get(0).facts().get("count"));
    assertEquals("2", tooFew.get(0).facts().get("required"));
  }

  @Test
  @DisplayName("I-4: a plan is not late before its deadline, and the chair may be named up to the start")
  void nothingIsLateBeforeItsDeadline() {
    ForumYear noAgenda = withEvent(YEAR, FIRST, event -> ImmutableForumEvent.copyOf(event)
        .withPublications(event.publications().stream().filter(p -> p.material() != MaterialKind.AGENDA)
            .collect(ImmutableList.toImmutableList()))
        .withChair(Optional.empty())
        .withStatus(EventStatus.PLANNED));
    Rule materials = new MaterialsPublishedAWeekAhead();
    assertEquals(ImmutableList.of(), check(materials, noAgenda, helsinki(LocalDateTime.of(2026, 3, 4, 23, 59))));
    assertEquals(ImmutableList.of("materials-published-a-week-ahead.missing"),
        keys(check(materials, noAgenda, helsinki(LocalDateTime.of(2026, 3, 5, 0, 0)))));
    Rule county = new CountyConvenesChairsAndKeepsMinutes();
    ForumYear identified = Plans.withCountyBusinessId(noAgenda);
    PolicyProfile withBusinessId = Plans.withCountyBusinessId(PROFILE);
    assertEquals(ImmutableList.of(),
        county.check(CheckContext.of(identified, withBusinessId, helsinki(LocalDateTime.of(2026, 3, 11, 12, 59)))));
    assertEquals(ImmutableList.of("county-convenes-chairs-and-keeps-minutes.chair"),
        keys(county.check(CheckContext.of(identified, withBusinessId, helsinki(LocalDateTime.of(2026, 3, 11, 13, 0))))));
  }

  @Test
  @DisplayName("I-4: next year's plan, with no record and no materials yet, is not late in November")
  void aPlanForNextYearIsNotLate() {
    ForumYear plan = Plans.withEvents(SampleYears.keskiSuomi(2027), event -> true, event -> ImmutableForumEvent.copyOf(event)
        .withStatus(EventStatus.PLANNED).withPublications().withAnnouncements().withChair(Optional.empty())
        .withSecretary(Optional.empty()).withRecording(Optional.empty()).withMemo(Optional.empty())
        .withFeedbackWindow(Optional.empty()));
    CheckResult result = PolicyCheck.standard().check(plan, PROFILE, helsinki(LocalDateTime.of(2026, 11, 1, 9, 0)));
    assertEquals(SampleYearsComplianceTest.ONLY_THE_DEFAULT_PROFILES_NOTICES, SampleYearsComplianceTest.summary(result));
  }

  @Test
  @DisplayName("I-5: the memo and the recording are due by the county's days; late is a warning in the year, a violation after it")
  void theRecordIsDueByTheCountysDays() {
    // The last forum ends 2026-11-04 15:30, its comments close on 2026-11-12: the recording is due by
    // 2026-11-11 (seven days), the memo by 2026-12-03 (21 days after the close).
    ForumYear noMemo = withEvent(YEAR, LAST, event -> ImmutableForumEvent.copyOf(event).withMemo(Optional.empty()));
    Rule memoRule = new MemoCoversDiscussionAndFeedback();
    assertLateFrom(memoRule, noMemo, LocalDate.of(2026, 12, 3), "memo-covers-discussion-and-feedback.missing");
    ForumYear unpublished = withEvent(YEAR, LAST, event -> ImmutableForumEvent.copyOf(event)
        .withRecording(ImmutableRecording.builder().build()));
    assertLateFrom(new RecordingAvailableTwoWeeks(), unpublished, LocalDate.of(2026, 11, 11),
        "recording-available-two-weeks.unpublished");

    ForumYear undelivered = withEvent(YEAR, LAST, memo(memo -> memo.withPublishedAt(Optional.empty()).withDeliveries()));
    Rule deliveryRule = new MemoDeliveredToBoardsAndPresenters();
    assertEquals(ImmutableList.of(), check(deliveryRule, undelivered, helsinki(LocalDateTime.of(2026, 12, 3, 23, 59))));
    assertEquals(ImmutableSet.of(Severity.WARNING),
        severities(check(deliveryRule, undelivered, helsinki(LocalDateTime.of(2026, 12, 4, 0, 0)))));
    assertEquals(ImmutableSet.of(Severity.VIOLATION),
        severities(check(deliveryRule, undelivered, helsinki(LocalDateTime.of(2027, 1, 1, 0, 0)))));

    PolicyProfile slowMemos = ImmutablePolicyProfile.copyOf(PROFILE).withMemoDeliveryDays(60);
    Instant afterTheYear = helsinki(LocalDateTime.of(2027, 1, 5, 0, 0));
    assertEquals(ImmutableList.of(), memoRule.check(CheckContext.of(noMemo, slowMemos, afterTheYear)),
        "the year is over, but the memo is due only on 2027-01-11");
    assertEquals(Severity.VIOLATION, memoRule.check(CheckContext.of(noMemo, slowMemos,
        helsinki(LocalDateTime.of(2027, 1, 12, 0, 0)))).get(0).severity());

    ForumYear plannedButOver = withEvent(YEAR, LAST, event -> ImmutableForumEvent.copyOf(event)
        .withStatus(EventStatus.PLANNED).withRecording(Optional.empty()));
    assertEquals(ImmutableList.of("recording-available-two-weeks.missing"),
        keys(check(new RecordingAvailableTwoWeeks(), plannedButOver, helsinki(LocalDateTime.of(2026, 11, 5, 0, 0)))));
    assertEquals(ImmutableList.of(),
        check(new RecordingAvailableTwoWeeks(), plannedButOver, helsinki(LocalDateTime.of(2026, 11, 4, 15, 0))));
  }

  private static ImmutableSet<Severity> severities(ImmutableList<Finding> findings) {
    return findings.stream().map(Finding::severity).collect(ImmutableSet.toImmutableSet());
  }

  /** I-5: the part of the record due on {@code due} is not reported that day, is a warning the next, a violation after the year. */
  private static void assertLateFrom(Rule rule, ForumYear year, LocalDate due, String key) {
    assertEquals(ImmutableList.of(), check(rule, year, helsinki(due.atTime(23, 59))));
    ImmutableList<Finding> late = check(rule, year, helsinki(due.plusDays(1).atStartOfDay()));
    assertEquals(ImmutableList.of(key), keys(late));
    assertEquals(Severity.WARNING, late.get(0).severity());
    assertEquals(due.toString(), late.get(0).facts().get("due"));
    assertEquals(Severity.VIOLATION, check(rule, year, helsinki(LocalDateTime.of(2027, 1, 1, 0, 0))).get(0).severity());
  }

  @Test
  @DisplayName("I-6: targeted events are checked only for feedback after the event")
  void targetedEventsAreCheckedOnlyForFeedback() {
    String targeted = "kohdennettu-2026-kotihoito";
    ForumYear bare = withEvent(YEAR, targeted, event -> ImmutableForumEvent.copyOf(event)
        .withVenue(Optional.empty()).withRemoteConnection(Optional.empty()).withPublications().withAnnouncements()
        .withConvener(Optional.empty()).withParticipants());
    assertEquals(SampleYearsComplianceTest.ONLY_THE_DEFAULT_PROFILES_NOTICES,
        SampleYearsComplianceTest.summary(PolicyCheck.standard().check(bare, PROFILE, Plans.LONG_AFTER)));
    ForumYear noFeedback = withEvent(bare, targeted, event -> ImmutableForumEvent.copyOf(event).withFeedbackWindow(Optional.empty()));
    ImmutableList<Finding> findings = check(new FeedbackOpenAWeekAfter(), noFeedback);
    assertEquals(ImmutableList.of("feedback-open-a-week-after.missing"), keys(findings));
    assertEquals(Subject.of(SubjectKind.EVENT, targeted), findings.get(0).subject());
  }

  @Test
  @DisplayName("I-7: a cancelled event is neither checked nor counted")
  void cancelledEventsAreNeitherCheckedNorCounted() {
    ForumYear cancelled = withEvent(YEAR, LAST, event -> ImmutableForumEvent.copyOf(event).withStatus(EventStatus.CANCELLED)
        .withMemo(Optional.empty()).withRecording(Optional.empty()).withVenue(Optional.empty()).withPublications()
        .withAnnouncements().withParticipants());
    CheckResult result = PolicyCheck.standard().check(cancelled, PROFILE, Plans.LONG_AFTER);
    assertTrue(result.findings().stream().noneMatch(finding -> finding.subject().id().startsWith(LAST)), result.toString());
    assertEquals(3, YearReport.of(cancelled, PROFILE, Plans.LONG_AFTER).openForums());
  }

  @Test
  @DisplayName("I-8: a gap of exactly the limit is regular; a forum without planned participants is a notice")
  void regularMeansNoGapLongerThanTheLimit() {
    Rule rule = new ForumsSpreadOverTheYear();
    assertEquals(ImmutableList.of(), rule.check(CheckContext.of(YEAR,
        ImmutablePolicyProfile.copyOf(PROFILE).withMaxDaysBetweenForums(126), Plans.LONG_AFTER)));
    ImmutableList<Finding> findings = rule.check(CheckContext.of(YEAR,
        ImmutablePolicyProfile.copyOf(PROFILE).withMaxDaysBetweenForums(125), Plans.LONG_AFTER));
    assertEquals(1, findings.size());
    assertEquals("126", findings.get(0).facts().get("days"));
    assertEquals("2026-05-13", findings.get(0).facts().get("previous"));
    ForumYear unlisted = withEvent(YEAR, LAST, event -> ImmutableForumEvent.copyOf(event).withParticipants()
        .withStatus(EventStatus.PLANNED));
    Rule sides = new ForumBringsOfficialsAndElectedOfficials();
    ImmutableList<Finding> before = check(sides, unlisted, helsinki(LocalDateTime.of(2026, 10, 1, 0, 0)));
    assertEquals(ImmutableList.of(Severity.NOTICE), before.stream().map(Finding::severity).collect(ImmutableList.toImmutableList()));
    ImmutableList<Finding> after = check(sides, unlisted);
    assertEquals("SERVICE_PROVIDER, OFFICIAL, ELECTED_OFFICIAL", after.get(0).facts().get("missing"));
  }

  @Test
  @DisplayName("I-22: forums closer than the profile's minimum are bunched, a warning; exactly the minimum is regular")
  void bunchedForumsAreAWarning() {
    ForumEvent first = YEAR.event(FIRST).orElseThrow();
    LocalDate earliest = PolicyCalendar.of(PROFILE).earliestNextForum(first.start().toLocalDate());
    assertEquals(LocalDate.of(2026, 4, 1), earliest);
    Rule rule = new ForumsSpreadOverTheYear();
    ForumYear inTime = withForum(Plans.moved(first, 21, "foorumi-huhtikuu"));
    assertEquals(ImmutableList.of(), check(rule, inTime));
    ImmutableList<Finding> bunched = check(rule, withForum(Plans.moved(first, 20, "foorumi-maaliskuu")));
    assertEquals(ImmutableList.of("forums-spread-over-the-year.bunched"), keys(bunched));
    assertEquals(Severity.WARNING, bunched.get(0).severity());
    assertEquals("20", bunched.get(0).facts().get("days"));
    assertEquals("21", bunched.get(0).facts().get("minimum"));
  }

  /** The sample year with one more forum (communication plan left as it is: only TL-2.1 is checked). */
  private static ForumYear withForum(ForumEvent forum) {
    return ImmutableForumYear.copyOf(YEAR).withEvents(ImmutableList.<ForumEvent>builder().addAll(YEAR.events()).add(forum).build());
  }

  @Test
  @DisplayName("I-23: the county is told by its business ID; without one on record, by kind, with a notice")
  void theCountyIsToldByItsBusinessId() {
    Rule rule = new CountyConvenesChairsAndKeepsMinutes();
    PolicyProfile identified = Plans.withCountyBusinessId(PROFILE);
    ForumYear year = Plans.withCountyBusinessId(YEAR);
    assertEquals(ImmutableList.of(), Plans.check(rule, year, identified));
    // The county's kind without its business ID: not shown to be the county (four forums, three roles each).
    ImmutableList<Finding> unidentified = Plans.check(rule, YEAR, identified);
    assertEquals(12, unidentified.size());
    assertEquals("-", unidentified.get(0).facts().get("businessId"));
    Organisation otherCounty = ImmutableOrganisation.builder().name("Pohjanmaan hyvinvointialue")
        .kind(OrganisationKind.WELLBEING_COUNTY).businessId(Plans.OTHER_COUNTY_BUSINESS_ID).build();
    ForumYear otherChair = withEvent(year, FIRST,
        event -> ImmutableForumEvent.copyOf(event).withChair(SampleYears.person("Hyvinvointialuejohtaja", otherCounty)));
    ImmutableList<Finding> findings = Plans.check(rule, otherChair, identified);
    assertEquals(ImmutableList.of("county-convenes-chairs-and-keeps-minutes.chair"), keys(findings));
    assertEquals(Plans.OTHER_COUNTY_BUSINESS_ID, findings.get(0).facts().get("businessId"));
    assertEquals(Plans.COUNTY_BUSINESS_ID, findings.get(0).facts().get("countyBusinessId"));
    // The Keski-Suomi profile has no business ID on record: any county passes, and a notice says so.
    ImmutableList<Finding> byKind = Plans.check(rule, otherChair, PROFILE);
    assertEquals(ImmutableList.of("county-convenes-chairs-and-keeps-minutes.no-business-id"), keys(byKind));
    assertEquals(Severity.NOTICE, byKind.get(0).severity());
  }

  @Test
  @DisplayName("I-9: extra forums need as many stated reasons as forums over the maximum")
  void extraForumsNeedStatedReasons() {
    ForumYear seven = Faults.withExtraForums(YEAR, 7);
    Rule rule = new ExtraForumsStateAReason();
    ImmutableList<Finding> findings = check(rule, seven);
    assertEquals("7", findings.get(0).facts().get("count"));
    assertEquals("0", findings.get(0).facts().get("reasoned"));
    assertEquals(ImmutableList.of(), check(rule, withEvent(seven, FIRST,
        event -> ImmutableForumEvent.copyOf(event).withAdditionalReason("Sote-uudistuksen lisäkuuleminen"))));
    assertEquals(1, check(rule, withEvent(seven, FIRST,
        event -> ImmutableForumEvent.copyOf(event).withAdditionalReason("  "))).size());
  }

  @Test
  @DisplayName("I-10: the general part of the voucher rulebooks is an open-forum topic, a single voucher is not")
  void theGeneralPartOfTheRulebooksIsAllowed() {
    Rule rule = new NoSingleProcurementOnOpenForum();
    for (TopicKind topic : TopicKind.values()) {
      ForumYear year = withEvent(YEAR, FIRST,
          Plans.agendaItem(0, item -> ImmutableAgendaItem.copyOf(item).withTopic(topic)));
      assertEquals(topic == TopicKind.INDIVIDUAL_PROCUREMENT || topic == TopicKind.SERVICE_VOUCHER ? 1 : 0,
          check(rule, year).size(), topic.name());
    }
  }

  @Test
  @DisplayName("I-11: an item comes at least the margin before its decision, or its theme's latest decision; a standing theme no forum takes up in time is a warning")
  void itemsComeBeforeTheDecisionsTheyFeed() {
    // A standing theme taken up only after its decision: a warning naming the theme and the decision.
    AnnualClock clock = YEAR.clock().orElseThrow();
    ForumYear rulebookDecidedEarly = ImmutableForumYear.copyOf(YEAR).withClock(ImmutableAnnualClock.copyOf(clock)
        .withDecisions(clock.decisions().stream().map(decision -> decision.id().equals("saantokirja-paatos")
            ? ImmutableDecision.copyOf(decision).withDate(LocalDate.of(2026, 9, 1)) : decision).collect(Collectors.<Decision>toList())));
    Rule themes = new ClockCoversStandingThemes();
    assertEquals(ImmutableList.of(), check(themes, YEAR));
    ImmutableList<Finding> late = check(themes, rulebookDecidedEarly);
    assertEquals(ImmutableList.of("clock-covers-standing-themes.not-taken-up-before-decision"), keys(late));
    assertEquals(Severity.WARNING, late.get(0).severity());
    assertEquals("Palvelusetelien sääntökirjan yleinen osa", late.get(0).facts().get("decision"));
    assertEquals("2026-09-01", late.get(0).facts().get("decided"));

    Rule rule = new ForumsBeforeTheDecisionsTheyFeed();
    // The first forum (11.3.) feeds the strategy decision of 20.4.: 40 days.
    assertEquals(ImmutableList.of(), aboutTheFirstForum(rule, 40));
    ImmutableList<Finding> findings = aboutTheFirstForum(rule, 41);
    // Both items: the first by its own decision, the second by its theme's.
    assertEquals(ImmutableList.of(Subject.of(SubjectKind.AGENDA_ITEM, FIRST + "-a1"), Subject.of(SubjectKind.AGENDA_ITEM, FIRST + "-a2")),
        findings.stream().map(Finding::subject).sorted().collect(ImmutableList.toImmutableList()));
    assertEquals("2026-04-20", findings.get(0).facts().get("decided"));
    assertEquals("40", findings.get(0).facts().get("days"));
  }

  private static ImmutableList<Finding> aboutTheFirstForum(Rule rule, int margin) {
    return rule.check(CheckContext.of(YEAR, ImmutablePolicyProfile.copyOf(PROFILE).withDecisionMarginDays(margin),
        Plans.LONG_AFTER)).stream()
        .filter(finding -> finding.subject().id().startsWith(FIRST)).collect(ImmutableList.toImmutableList());
  }

  @Test
  @DisplayName("I-12: a date is announced in time when announced no later than the materials are due")
  void announcedNoLaterThanTheMaterials() {
    Rule rule = new DatesAnnouncedInNewsletterAndWebsite();
    ForumEvent forum = YEAR.event(FIRST).orElseThrow();
    for (int daysBefore : new int[] {7, 6}) {
      LocalDateTime at = forum.start().toLocalDate().minusDays(daysBefore).atTime(daysBefore == 7 ? 23 : 0, daysBefore == 7 ? 59 : 1);
      ForumYear year = withEvent(YEAR, FIRST, event -> ImmutableForumEvent.copyOf(event).withAnnouncements(
          event.announcements().stream().map(a -> a.channel() == Channel.NEWSLETTER
              ? ImmutableAnnouncement.copyOf(a).withAnnouncedAt(at) : a).collect(ImmutableList.toImmutableList())));
      assertEquals(daysBefore == 7 ? 0 : 1, check(rule, year).size(), at.toString());
    }
  }

  @Test
  @DisplayName("I-13: a week of comments after the event on the wall clock, across the autumn change; a late opening is a warning")
  void feedbackForAWeekOnTheWallClock() {
    ForumEvent october = SampleYears.openForum("foorumi-lokakuu", LocalDateTime.of(2026, 10, 22, 13, 0),
        SampleYears.BUDGET, "talousarvio-paatos");
    ForumYear year = ImmutableForumYear.copyOf(YEAR).withEvents(october);
    Rule rule = new FeedbackOpenAWeekAfter();
    LocalDateTime end = october.end();
    ForumYear exactlyAWeek = closingAt(year, october.id(), end.plusDays(7));
    assertEquals(ImmutableList.of(), check(rule, exactlyAWeek));
    ImmutableList<Finding> short1 = check(rule, closingAt(year, october.id(), end.plusDays(7).minusMinutes(1)));
    assertEquals(ImmutableList.of("feedback-open-a-week-after"), keys(short1));
    assertEquals("2026-10-29T15:30", short1.get(0).facts().get("earliest"));
    // Opening the next morning and staying open a week from then: commenting was possible for a week.
    LocalDateTime nextMorning = LocalDateTime.of(2026, 10, 23, 8, 0);
    ImmutableList<Finding> late = check(rule, openingAt(closingAt(year, october.id(), nextMorning.plusDays(7)), october.id(), nextMorning));
    assertEquals(ImmutableList.of("feedback-open-a-week-after.opens-late"), keys(late));
    assertEquals(Severity.WARNING, late.get(0).severity());
    // Opening the next morning and closing a week after the event: less than a week of commenting.
    ImmutableList<Finding> lateAndShort = check(rule, openingAt(exactlyAWeek, october.id(), nextMorning));
    assertEquals(ImmutableList.of("feedback-open-a-week-after.opens-late", "feedback-open-a-week-after"), keys(lateAndShort));
    assertEquals(Severity.VIOLATION, lateAndShort.get(1).severity());
    assertEquals("2026-10-30T08:00", lateAndShort.get(1).facts().get("earliest"));
  }

  private static ForumYear openingAt(ForumYear year, String id, LocalDateTime opens) {
    return withEvent(year, id, event -> ImmutableForumEvent.copyOf(event).withFeedbackWindow(ImmutableFeedbackWindow.copyOf(event.feedbackWindow().orElseThrow()).withOpensAt(opens)));
  }

  private static ForumYear closingAt(ForumYear year, String id, LocalDateTime closes) {
    return withEvent(year, id, event -> ImmutableForumEvent.copyOf(event).withFeedbackWindow(ImmutableFeedbackWindow.copyOf(event.feedbackWindow().orElseThrow()).withClosesAt(closes)));
  }

  @Test
  @DisplayName("I-14: two weeks means taken down on the fourteenth calendar day")
  void twoWeeksIsTheFourteenthDay() {
    Rule rule = new RecordingAvailableTwoWeeks();
    LocalDateTime published = LocalDateTime.of(2026, 3, 12, 16, 0);
    assertEquals(ImmutableList.of(), check(rule, recording(published, LocalDateTime.of(2026, 3, 26, 0, 1))));
    ImmutableList<Finding> early = check(rule, recording(published, LocalDateTime.of(2026, 3, 25, 23, 59)));
    assertEquals(Severity.VIOLATION, early.get(0).severity());
    assertEquals("13", early.get(0).facts().get("days"));
    assertEquals(Severity.WARNING, check(rule, recording(published, LocalDateTime.of(2026, 3, 27, 0, 1))).get(0).severity());
  }

  private static ForumYear recording(LocalDateTime published, LocalDateTime removed) {
    return withEvent(YEAR, FIRST, event -> ImmutableForumEvent.copyOf(event).withRecording(
        ImmutableRecording.copyOf(event.recording().orElseThrow()).withRemovedAt(Optional.empty())
            .withPublishedAt(published).withRemovedAt(removed)));
  }

  @Test
  @DisplayName("I-15: the memo cannot be complete before the feedback window closes")
  void theMemoFollowsTheFeedback() {
    Rule rule = new MemoCoversDiscussionAndFeedback();
    LocalDateTime closes = YEAR.event(FIRST).orElseThrow().feedbackWindow().orElseThrow().closesAt();
    assertEquals(ImmutableList.of(), check(rule, withEvent(YEAR, FIRST, memo(m -> m.withCompletedAt(closes)))));
    assertEquals(ImmutableList.of("memo-covers-discussion-and-feedback.before-feedback-closed"),
        keys(check(rule, withEvent(YEAR, FIRST, memo(m -> m.withCompletedAt(closes.minusMinutes(1)))))));
    assertEquals(ImmutableList.of("memo-covers-discussion-and-feedback.before-feedback-closed"),
        keys(check(rule, withEvent(YEAR, FIRST, memo(m -> m.withCompletedAt(Optional.empty())
            .withReviewedAt(closes.minusDays(2)).withPublishedAt(closes.minusDays(1)))))));
  }

  @Test
  @DisplayName("I-16: the memo goes to every board the profile names (Keski-Suomi: both of its boards), or to one board when it names none")
  void whichBoardsReceiveTheMemo() {
    assertEquals(ImmutableList.of("hyvinvoinnin ja terveyden lautakunta", "turvallisuuslautakunta"), PROFILE.boards());
    Rule rule = new MemoDeliveredToBoardsAndPresenters();
    assertEquals(ImmutableList.of(), check(rule, YEAR));
    ForumYear notToSafety = withEvent(YEAR, FIRST, memo(m -> m.withDeliveries(
        Plans.deliveriesExcept(m, d -> d.recipient().equals("turvallisuuslautakunta")))));
    ImmutableList<Finding> findings = check(rule, notToSafety);
    assertEquals(ImmutableList.of("memo-delivered-to-boards-and-presenters.board"), keys(findings));
    assertEquals("turvallisuuslautakunta", findings.get(0).facts().get("recipient"));
    ForumYear noBoard = withEvent(YEAR, FIRST, memo(m -> m.withDeliveries(
        Plans.deliveriesExcept(m, d -> d.recipientKind() == RecipientKind.BOARD))));
    assertEquals(ImmutableList.of("memo-delivered-to-boards-and-presenters.any-board"),
        keys(rule.check(CheckContext.of(noBoard, ImmutablePolicyProfile.copyOf(PROFILE).withBoards(), Plans.LONG_AFTER))));
  }

  @Test
  @DisplayName("I-17: representation gaps are warnings; an unknown industry classification is a notice")
  void representationIsMeasured() {
    Rule rule = new WorkingGroupRepresentsProviders();
    ForumYear no87 = withMembers(YEAR, member -> member.industryCode().orElse("").startsWith("87")
        ? ImmutableWorkingGroupMember.copyOf(member).withIndustryCode("86210").withSizeClass(Optional.empty()) : member);
    ImmutableList<Finding> findings = check(rule, no87);
    assertEquals(ImmutableList.of("working-group-represents-providers.industries", "working-group-represents-providers.sizes"),
        keys(findings).stream().sorted().collect(ImmutableList.toImmutableList()));
    assertEquals("87", findings.stream().filter(f -> f.messageKey().endsWith("industries")).findFirst().orElseThrow()
        .facts().get("missing"));
    assertEquals("SMALL", findings.stream().filter(f -> f.messageKey().endsWith("sizes")).findFirst().orElseThrow()
        .facts().get("missing"));
    ImmutableList<Finding> unknown = rule.check(CheckContext.of(YEAR,
        ImmutablePolicyProfile.copyOf(PROFILE).withIndustryClassification("NACE 3"), Plans.LONG_AFTER));
    assertEquals(ImmutableList.of(Severity.NOTICE), unknown.stream().map(Finding::severity).collect(ImmutableList.toImmutableList()));
  }

  private static ForumYear withMembers(ForumYear year, java.util.function.UnaryOperator<WorkingGroupMember> change) {
    return ImmutableForumYear.copyOf(year).withWorkingGroup(ImmutableWorkingGroup.copyOf(year.workingGroup().orElseThrow())
        .withMembers(year.workingGroup().orElseThrow().members().stream().map(change).collect(Collectors.toList())));
  }

  @Test
  @DisplayName("I-18: the group's term is exactly a council term that the year falls in")
  void theGroupsTermIsACouncilTerm() {
    Rule rule = new WorkingGroupTermIsCouncilTerm();
    ForumYear lateYear = ImmutableForumYear.copyOf(SampleYears.keskiSuomi(2030)).withWorkingGroup(SampleYears.workingGroup());
    assertEquals(ImmutableList.of("working-group-term-is-council-term.not-current"), keys(check(rule, lateYear)));
    ForumYear firstTerm = ImmutableForumYear.copyOf(SampleYears.keskiSuomi(2024)).withWorkingGroup(SampleYears.workingGroup(2024));
    assertEquals(LocalDate.of(2022, 3, 1), firstTerm.workingGroup().orElseThrow().termStart());
    assertEquals(ImmutableList.of(), check(rule, firstTerm));
    ForumYear beforeTerms = ImmutableForumYear.copyOf(YEAR).withWorkingGroup(ImmutableWorkingGroup.builder()
        .termStart(LocalDate.of(2021, 1, 1)).termEnd(LocalDate.of(2026, 12, 31)).build());
    ImmutableList<Finding> findings = check(rule, beforeTerms);
    assertEquals(ImmutableList.of("working-group-term-is-council-term.not-a-term"), keys(findings));
    assertEquals("-", findings.get(0).facts().get("termStart"));
  }

  @Test
  @DisplayName("I-19: an approval by the regional board without a date is a notice")
  void anUndatedApprovalIsANotice() {
    Rule rule = new ProfileApprovedByRegionalBoard();
    ImmutableList<Finding> undated = check(rule, YEAR);
    assertEquals(ImmutableList.of(Severity.NOTICE), undated.stream().map(Finding::severity).collect(ImmutableList.toImmutableList()));
    assertEquals("TL-1.3", undated.get(0).clauseId());
    PolicyProfile dated = ImmutablePolicyProfile.copyOf(PROFILE).withApproval(ImmutableApproval.copyOf(PROFILE.approval().orElseThrow())
        .withApprovedOn(LocalDate.of(2025, 6, 10)).withReference("Aluehallitus 10.6.2025 § 200"));
    assertEquals(ImmutableList.of(), rule.check(CheckContext.of(YEAR, dated, Plans.LONG_AFTER)));
  }

  @Test
  @DisplayName("I-20: the proposal's rules run only where adopted, one finding for a missing agreement")
  void theProposalBindsOnlyWhereAdopted() {
    ForumYear noAgreement = ImmutableForumYear.copyOf(SampleYears.keskiSuomiWithPartnership(2026))
        .withPartnershipAgreement(Optional.empty());
    PolicyProfile onlyThePledge = ImmutablePolicyProfile.copyOf(PROFILE).withAdoptedProposalClauses("KE-5");
    assertEquals(ImmutableList.of("vitality-pledge-recorded.no-agreement"), keys(PolicyCheck.standard()
        .check(noAgreement, onlyThePledge, Plans.LONG_AFTER).withSeverity(Severity.VIOLATION)));
    assertEquals(ImmutableList.of("written-partnership-agreement.missing"), keys(PolicyCheck.standard()
        .check(noAgreement, KeskiSuomi.profileWithPartnership(), Plans.LONG_AFTER).withSeverity(Severity.VIOLATION)));
    assertEquals(ImmutableList.of(), PolicyCheck.standard().check(noAgreement, PROFILE, Plans.LONG_AFTER)
        .withSeverity(Severity.VIOLATION));
  }

  @Test
  @DisplayName("I-21: no rule judges a provider's services; only operating in the region matters")
  void noRuleJudgesServices() {
    ForumYear turnedAway = withEvent(YEAR, FIRST, event -> ImmutableForumEvent.copyOf(event).withRegistrations(
        ImmutableRegistration.builder().organisation(Organisation.of("Tampereen Hoiva Oy", OrganisationKind.SERVICE_PROVIDER))
            .operatesInRegion(false).accepted(false).reason("Ei toimintaa Keski-Suomessa").build()));
    assertEquals(ImmutableList.of(), check(new OpenForumTurnsAwayNoEligibleProvider(), turnedAway));
    for (Rule rule : RuleCatalogue.ALL) {
      assertTrue(!rule.clauseId().equals("TL-1.2") && !rule.clauseId().equals("TL-1.1"), rule.toString());
    }
  }
}
