package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.domain.BodyKind;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One planning run: finds the conflicts or the forum days, then has the year assembled. */
final class PlanningRun {
  /** How far back to look for the day a too-early decision would need its forum on. */
  private static final int LOOK_BACK_DAYS = 400;

  private final PlanningRequest request;
  private final PolicyProfile profile;
  private final WorkingDays workingDays;
  private final Scheduler scheduler;
  private final LocalDate yearStart;
  private final LocalDate yearEnd;
  private final ImmutableList<LocalDate> candidates;
  private final ImmutableMap<String, Decision> decisions;
  private final KeptEvents kept;
  /** The first day a forum may be planned on: the year's first, or the day re-planning starts. */
  private final LocalDate planFrom;
  /** The themes to place: all of them, or when re-planning those no kept forum takes up whose decision is still to come. */
  private final ImmutableList<ClockTheme> themes;

  PlanningRun(PlanningRequest request) {
    this.request = request;
    this.profile = request.profile();
    this.workingDays = new WorkingDays(FinnishHolidays.of(request.evesAreDaysOff()));
    this.scheduler = new Scheduler(request, workingDays);
    this.yearStart = LocalDate.of(request.year(), 1, 1);
    this.yearEnd = LocalDate.of(request.year(), 12, 31);
    this.decisions = request.decisions().stream().collect(ImmutableMap.toImmutableMap(Decision::id, decision -> decision));
    this.kept = new KeptEvents(request);
    this.planFrom = request.replanFrom().orElse(yearStart);
    Optional<LocalDate> lastKept = kept.lastForumDay();
    this.candidates = planFrom.datesUntil(yearEnd.plusDays(1))
        .filter(day -> lastKept.map(day::isAfter).orElse(true))
        .filter(this::isForumDay)
        .collect(ImmutableList.toImmutableList());
    this.themes = request.themes().stream()
        .filter(theme -> !kept.themeIds().contains(theme.id()))
        .filter(theme -> request.replanFrom().isEmpty()
            || bindingDecision(theme).map(decision -> !decision.date().isBefore(planFrom)).orElse(true))
        .collect(ImmutableList.toImmutableList());
  }

  PlanningResult plan() {
    List<PlanningConflict> conflicts = new ArrayList<>(profileConflicts());
    conflicts.addAll(countConflicts());
    ImmutableList<String> boards = boards();
    if (boards.isEmpty()) {
      conflicts.add(PlanningConflict.of(ConflictKind.NO_BOARD_FOR_MEMOS,
          ImmutableMap.of("regionalBoard", profile.regionalBoard())));
    }
    conflicts.addAll(missingPartnershipRecords());
    Map<String, LocalDate> latestForumDays = new LinkedHashMap<>();
    Map<String, PlanningConflict> tooEarly = new LinkedHashMap<>();
    for (ClockTheme theme : themes) {
      bindingDecision(theme).ifPresent(decision -> {
        Optional<LocalDate> latest = latestForumDay(decision);
        if (latest.isPresent()) {
          latestForumDays.put(theme.id(), latest.get());
        } else if (!candidates.isEmpty()) {
          tooEarly.computeIfAbsent(decision.id(), id -> tooEarly(decision));
        }
      });
    }
    conflicts.addAll(tooEarly.values());
    if (!conflicts.isEmpty()) {
      return PlanningResult.infeasible(conflicts);
    }
    DatePicker picker = new DatePicker(candidates, ImmutableList.copyOf(latestForumDays.values()));
    // Re-planning may need no new forum, or one more than wanted when the kept ones leave the year's end open.
    int keptForums = kept.forums().size();
    int fewest = Math.max(0, request.forumsWanted().orElse(profile.minForumsPerYear()) - keptForums);
    int most = request.forumsWanted().isPresent() ? Math.max(fewest, 1) : Math.max(fewest, profile.maxForumsPerYear() - keptForums);
    Optional<ImmutableList<LocalDate>> days = Optional.empty();
    for (int forums = fewest; days.isEmpty() && forums <= most; forums++) {
      days = forums == 0 ? keptForumsSuffice() : pick(picker, forums, request.calendar().maxDaysBetweenForums());
    }
    if (days.isEmpty()) {
      return PlanningResult.infeasible(diagnose(picker, Math.max(fewest, 1), latestForumDays.values()));
    }
    return PlanningResult.of(new YearAssembler(request, scheduler, decisions, boards, kept, themes)
        .assemble(days.get(), ImmutableMap.copyOf(latestForumDays)));
  }

  /** No new forum, when the kept ones take up every theme and the last keeps the gap over the new year. */
  private Optional<ImmutableList<LocalDate>> keptForumsSuffice() {
    LocalDate lastFrom = yearEnd.minusDays(DatePicker.edge(request.calendar().maxDaysBetweenForums()));
    return themes.isEmpty() && kept.lastForumDay().filter(day -> !day.isBefore(lastFrom)).isPresent()
        ? Optional.of(ImmutableList.of()) : Optional.empty();
  }

  /** The days of the forums to plan, after the last kept one if re-planning, with the longest gap given. */
  private Optional<ImmutableList<LocalDate>> pick(DatePicker picker, int forums, int maxGap) {
    return picker.pick(forums, request.minDaysBetweenForums(), maxGap, planFrom, yearEnd, kept.lastForumDay());
  }

  private boolean isForumDay(LocalDate day) {
    return request.preferredWeekdays().contains(day.getDayOfWeek())
        && !workingDays.isDayOff(day)
        && request.blockedPeriods().stream().noneMatch(period -> period.contains(day))
        && !followUpWorkBlocked(day);
  }

  /** Whether the forum's work from the forum to the memo's delivery runs into a period that includes it. */
  private boolean followUpWorkBlocked(LocalDate day) {
    if (request.blockedPeriods().stream().noneMatch(BlockedPeriod::includesFollowUpWork)) {
      return false;
    }
    LocalDate delivered = scheduler.on(day).memoDeliveredAt().toLocalDate();
    return request.blockedPeriods().stream()
        .anyMatch(period -> period.includesFollowUpWork() && period.overlaps(day, delivered));
  }

  /** A plan is checked against its profile (TL-1.3): one not in force or not approved cannot pass. */
  private List<PlanningConflict> profileConflicts() {
    List<PlanningConflict> conflicts = new ArrayList<>();
    if (yearStart.datesUntil(yearEnd.plusDays(1)).noneMatch(profile::inForceOn)) {
      conflicts.add(PlanningConflict.of(ConflictKind.PROFILE_NOT_IN_FORCE, ImmutableMap.of(
          "profile", profile.id() + " " + profile.version(),
          "validFrom", profile.validFrom().toString(),
          "validUntil", profile.validUntil().map(LocalDate::toString).orElse("-"),
          "year", Integer.toString(request.year()))));
    }
    if (profile.approval().filter(approval -> approval.byRegionalBoard()).isEmpty()) {
      conflicts.add(PlanningConflict.of(ConflictKind.PROFILE_NOT_APPROVED, ImmutableMap.of(
          "profile", profile.id() + " " + profile.version(), "regionalBoard", profile.regionalBoard())));
    }
    return conflicts;
  }

  private List<PlanningConflict> countConflicts() {
    List<PlanningConflict> conflicts = new ArrayList<>();
    int wanted = request.forumsWanted().orElse(profile.minForumsPerYear());
    if (wanted < profile.minForumsPerYear()) {
      conflicts.add(PlanningConflict.of(ConflictKind.TOO_FEW_FORUMS_WANTED,
          ImmutableMap.of("wanted", Integer.toString(wanted), "min", Integer.toString(profile.minForumsPerYear()))));
    }
    if (wanted > profile.maxForumsPerYear() && request.additionalForumsReason().isEmpty()) {
      conflicts.add(PlanningConflict.of(ConflictKind.EXTRA_FORUMS_WITHOUT_REASON,
          ImmutableMap.of("wanted", Integer.toString(wanted), "max", Integer.toString(profile.maxForumsPerYear()))));
    }
    return conflicts;
  }

  /** Records a plan cannot invent: under KE-3 the playbook, under KE-4 or KE-5 the agreement with its pledge. */
  private List<PlanningConflict> missingPartnershipRecords() {
    List<PlanningConflict> conflicts = new ArrayList<>();
    if (profile.adopts("KE-3") && request.base().flatMap(ForumYear::playbook).isEmpty()) {
      conflicts.add(PlanningConflict.of(ConflictKind.PARTNERSHIP_RECORD_MISSING, "playbook",
          ImmutableMap.of("clause", "KE-3", "profile", profile.id() + " " + profile.version())));
    }
    if ((profile.adopts("KE-4") || profile.adopts("KE-5")) && request.base().flatMap(ForumYear::partnershipAgreement).isEmpty()) {
      conflicts.add(PlanningConflict.of(ConflictKind.PARTNERSHIP_RECORD_MISSING, "agreement",
          ImmutableMap.of("clause", profile.adopts("KE-4") ? "KE-4" : "KE-5", "profile", profile.id() + " " + profile.version())));
    }
    return conflicts;
  }

  /** The request's boards, then every board that decides something on the clock, each once. */
  private ImmutableList<String> boards() {
    return ImmutableList.<String>builder()
        .addAll(request.memoBoards())
        .addAll(YearAssembler.clockDecisions(request).stream()
            .filter(decision -> decision.body() == BodyKind.BOARD)
            .map(Decision::bodyName)
            .iterator())
        .build().stream().distinct().collect(ImmutableList.toImmutableList());
  }

  /** The theme's earliest decision: its forum must come before all of them, so before this one. */
  private Optional<Decision> bindingDecision(ClockTheme theme) {
    return theme.decisionIds().stream().map(decisions::get)
        .min(Comparator.comparing(Decision::date).thenComparing(Decision::id));
  }

  private LocalDate deliverBy(Decision decision) {
    return request.calendar().lastForumDayFor(decision.date());
  }

  private boolean deliversInTime(LocalDate forumDay, Decision decision) {
    return !scheduler.on(forumDay).memoDeliveredAt().toLocalDate().isAfter(deliverBy(decision));
  }

  /** The last candidate day whose memo reaches the decision in time; schedules only grow with the day. */
  private Optional<LocalDate> latestForumDay(Decision decision) {
    int low = 0;
    int high = candidates.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (deliversInTime(candidates.get(middle), decision)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low == 0 ? Optional.empty() : Optional.of(candidates.get(low - 1));
  }

  private PlanningConflict tooEarly(Decision decision) {
    LocalDate needed = decision.date();
    for (int back = 0; back < LOOK_BACK_DAYS && !deliversInTime(needed, decision); back++) {
      needed = needed.minusDays(1);
    }
    LocalDate first = candidates.get(0);
    String themes = request.themes().stream().filter(theme -> theme.decisionIds().contains(decision.id()))
        .map(ClockTheme::id).collect(Collectors.joining(", "));
    return PlanningConflict.of(ConflictKind.DECISION_TOO_EARLY, needed.isBefore(yearStart) ? "before-year" : "in-year",
        ImmutableMap.<String, String>builder()
            .put("decision", decision.id())
            .put("title", decision.title())
            .put("body", decision.bodyName())
            .put("date", decision.date().toString())
            .put("themes", themes)
            .put("margin", Integer.toString(request.decisionMarginDays()))
            .put("deliverBy", deliverBy(decision).toString())
            .put("needed", needed.toString())
            .put("first", first.toString())
            .put("short", Long.toString(ChronoUnit.DAYS.between(needed, first)))
            .buildOrThrow());
  }

  private List<PlanningConflict> diagnose(DatePicker picker, int wanted, Iterable<LocalDate> deadlines) {
    List<PlanningConflict> conflicts = new ArrayList<>();
    int slots = slots();
    if (slots < wanted) {
      conflicts.add(PlanningConflict.of(ConflictKind.NOT_ENOUGH_SLOTS, ImmutableMap.<String, String>builder()
          .put("wanted", Integer.toString(wanted))
          .put("slots", Integer.toString(slots))
          .put("minGap", Integer.toString(request.minDaysBetweenForums()))
          .put("first", candidates.isEmpty() ? "-" : candidates.get(0).toString())
          .put("last", candidates.isEmpty() ? "-" : candidates.get(candidates.size() - 1).toString())
          .buildOrThrow()));
    }
    int maxGap = request.calendar().maxDaysBetweenForums();
    for (int i = 1; i < candidates.size(); i++) {
      LocalDate from = candidates.get(i - 1);
      LocalDate until = candidates.get(i);
      long gap = ChronoUnit.DAYS.between(from, until);
      if (gap > maxGap && wanted > 1) {
        conflicts.add(gapTooLong(from, until, gap, maxGap));
      }
    }
    int edge = DatePicker.edge(maxGap);
    if (!candidates.isEmpty()) {
      LocalDate firstBy = yearStart.plusDays(edge);
      LocalDate first = candidates.get(0);
      if (first.isAfter(firstBy) && kept.lastForumDay().isEmpty()) {
        conflicts.add(yearEdge("start", yearStart, firstBy, first, ChronoUnit.DAYS.between(firstBy, first), maxGap));
      }
      LocalDate lastFrom = yearEnd.minusDays(edge);
      LocalDate last = candidates.get(candidates.size() - 1);
      if (last.isBefore(lastFrom)) {
        conflicts.add(yearEdge("end", lastFrom, yearEnd, last, ChronoUnit.DAYS.between(last, lastFrom), maxGap));
      }
    }
    if (conflicts.isEmpty()) {
      LocalDate firstDeadline = ImmutableList.copyOf(deadlines).stream().min(Comparator.naturalOrder()).orElse(yearEnd);
      int fits = longestGapThatFits(picker, wanted);
      conflicts.add(PlanningConflict.of(ConflictKind.NO_SEQUENCE, ImmutableMap.<String, String>builder()
          .put("wanted", Integer.toString(wanted))
          .put("minGap", Integer.toString(request.minDaysBetweenForums()))
          .put("maxGap", Integer.toString(maxGap))
          .put("firstDeadline", firstDeadline.toString())
          .put("edge", Integer.toString(edge))
          .put("neededGap", Integer.toString(fits))
          .put("excess", Integer.toString(fits - maxGap))
          .buildOrThrow()));
    }
    return conflicts;
  }

  /**
   * The least longest gap (and so the least year edges) with which the forums would fit, by
   * bisection: a longer gap only loosens the constraints. Two years' gap always fits, since the
   * forums fit at the least distance (else there would be too few slots) and the first candidate
   * day is on or before every deadline.
   */
  private int longestGapThatFits(DatePicker picker, int wanted) {
    int low = request.calendar().maxDaysBetweenForums() + 1;
    int high = 2 * 366 + 2;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (pick(picker, wanted, middle).isPresent()) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** How many forums fit in the year at least the least distance apart: greedily, from the first day. */
  private int slots() {
    int slots = 0;
    LocalDate next = kept.lastForumDay().map(day -> day.plusDays(request.minDaysBetweenForums())).orElse(yearStart);
    for (LocalDate day : candidates) {
      if (!day.isBefore(next)) {
        slots++;
        next = day.plusDays(request.minDaysBetweenForums());
      }
    }
    return slots;
  }

  /** The edge's days, the possible forum day nearest to them and how many days beyond the edge it is. */
  private PlanningConflict yearEdge(String variant, LocalDate from, LocalDate until, LocalDate nearest, long beyond, int maxGap) {
    return PlanningConflict.of(ConflictKind.YEAR_EDGE, variant, ImmutableMap.of(
        "from", from.toString(), "until", until.toString(), "max", Integer.toString(maxGap),
        "nearest", nearest.toString(), "days", Long.toString(beyond)));
  }

  private PlanningConflict gapTooLong(LocalDate from, LocalDate until, long gap, int maxGap) {
    String reasons = request.blockedPeriods().stream()
        .filter(period -> period.from().isBefore(until) && period.until().isAfter(from))
        .map(BlockedPeriod::reason)
        .collect(Collectors.joining(", "));
    ImmutableMap<String, String> facts = ImmutableMap.of(
        "from", from.toString(),
        "until", until.toString(),
        "days", Long.toString(gap),
        "max", Integer.toString(maxGap),
        "excess", Long.toString(gap - maxGap),
        "reasons", reasons);
    return reasons.isEmpty()
        ? PlanningConflict.of(ConflictKind.GAP_TOO_LONG, "no-blocked-period", facts)
        : PlanningConflict.of(ConflictKind.GAP_TOO_LONG, facts);
  }
}
