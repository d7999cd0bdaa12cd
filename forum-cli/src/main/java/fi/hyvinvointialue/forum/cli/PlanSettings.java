package fi.hyvinvointialue.forum.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ImmutableClockTheme;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.planning.BlockedPeriod;
import fi.hyvinvointialue.forum.planning.ImmutablePlanningRequest;
import fi.hyvinvointialue.forum.planning.PlanningRequest;
import fi.hyvinvointialue.forum.planning.StandingThemes;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The planner's settings on the command line. Unset, each keeps the planner's default. A value the
 * planner cannot use is refused with an {@link IllegalArgumentException} whose message starts with
 * the option's name.
 */
final class PlanSettings {
  @Option(names = "--forums", paramLabel = "N",
      description = "How many open forums (default: the fewest from the profile's minimum that fit the year).")
  Integer forums;

  @Option(names = "--extra-forums-reason", paramLabel = "TEXT",
      description = "Why more forums than the profile's maximum are needed (TL-4.4): required for them.")
  String extraForumsReason;

  @Option(names = "--weekdays", paramLabel = "DAYS", split = ",", converter = WeekdayConverter.class,
      description = "The weekdays forums are held on, e.g. tue,wed,thu (the default).")
  List<DayOfWeek> weekdays = new ArrayList<>();

  @Option(names = "--time", paramLabel = "HH:MM", description = "When forums start, Helsinki time (default: 13:00).")
  LocalTime time;

  @Option(names = "--duration", paramLabel = "MINUTES", description = "How long forums last (default: 150).")
  Integer durationMinutes;

  @Option(names = "--blocked", paramLabel = "FROM..UNTIL[:REASON]", converter = BlockedConverter.class,
      description = "Days no forum is held on, both ends included, e.g. 2027-02-22..2027-02-26:hiihtoloma; repeatable. "
          + "They come on top of the summer break.")
  List<BlockedPeriod> blocked = new ArrayList<>();

  @Option(names = "--no-summer-break",
      description = "Drop the default summer break (from the Monday of the week of Midsummer Eve through 15 August, "
          + "for the forums and their feedback, review and memo).")
  boolean noSummerBreak;

  @Option(names = "--board", paramLabel = "NAME",
      description = "A board (lautakunta) every memo goes to, besides the profile's; repeatable.")
  List<String> boards = new ArrayList<>();

  @Option(names = "--theme-feeds", paramLabel = "THEME=DECISION_ID",
      description = "The decision a standing theme feeds, instead of the decisive one of its kind; repeatable.")
  Map<String, String> themeFeeds = new LinkedHashMap<>();

  @Option(names = "--skip-decision", paramLabel = "ID", description = "A decision of the calendar to leave out; repeatable.")
  List<String> skippedDecisions = new ArrayList<>();

  /** The request for the year from the calendar's decisions with these settings. */
  PlanningRequest request(int year, PolicyProfile profile, List<Decision> calendar, ImmutablePlanningRequest.Builder request) {
    Set<String> ids = calendar.stream().map(Decision::id).collect(Collectors.toSet());
    for (String skipped : skippedDecisions) {
      require(ids.contains(skipped), "--skip-decision: the calendar has no decision '" + skipped + "'" + known(ids));
    }
    ImmutableList<Decision> decisions = calendar.stream().filter(decision -> !skippedDecisions.contains(decision.id()))
        .collect(ImmutableList.toImmutableList());
    request.year(year).profile(profile).addAllDecisions(decisions);
    if (!themeFeeds.isEmpty()) {
      request.themes(themes(profile, decisions, year));
    }
    if (forums != null) {
      require(forums >= 1, "--forums must be at least 1, was " + forums);
      request.forumsWanted(forums);
    }
    if (extraForumsReason != null) {
      require(!extraForumsReason.isBlank(), "--extra-forums-reason must say why, was blank");
      request.additionalForumsReason(extraForumsReason);
    }
    if (!weekdays.isEmpty()) {
      request.preferredWeekdays(ImmutableSet.copyOf(weekdays));
    }
    if (time != null) {
      request.startTime(time);
    }
    if (durationMinutes != null) {
      LocalTime start = time == null ? PlanningRequest.of(year, profile, decisions).startTime() : time;
      require(durationMinutes > 0 && start.plusMinutes(durationMinutes).isAfter(start),
          "--duration must be more than 0 minutes and end the same day as the forum starts at " + start + ", was " + durationMinutes);
      request.duration(Duration.ofMinutes(durationMinutes));
    }
    if (noSummerBreak || !blocked.isEmpty()) {
      request.blockedPeriods(ImmutableList.<BlockedPeriod>builder()
          .addAll(noSummerBreak ? ImmutableList.of() : ImmutableList.of(BlockedPeriod.summerBreak(PolicyCalendar.of(profile), year)))
          .addAll(blocked).build());
    }
    if (!boards.isEmpty()) {
      boards.forEach(board -> require(!board.isBlank(), "--board must name a board, was blank"));
      request.memoBoards(Stream.concat(profile.boards().stream(), boards.stream()).distinct().collect(ImmutableList.toImmutableList()));
    }
    return request.build();
  }

  /** The standing themes, each named in {@code --theme-feeds} feeding the decision given there. */
  private ImmutableList<ClockTheme> themes(PolicyProfile profile,
      ImmutableList<Decision> decisions, int year) {
    ImmutableList<ClockTheme> standing = StandingThemes.forDecisions(profile, decisions, year);
    Set<String> themeIds = standing.stream().map(ClockTheme::id).collect(Collectors.toSet());
    Set<String> decisionIds = decisions.stream().map(Decision::id).collect(Collectors.toSet());
    themeFeeds.forEach((theme, decision) -> {
      require(themeIds.contains(theme), "--theme-feeds: the profile has no standing theme '" + theme + "'" + known(themeIds));
      require(decisionIds.contains(decision), "--theme-feeds " + theme + ": the calendar has no decision '" + decision + "'"
          + (skippedDecisions.contains(decision) ? " (it is skipped)" : known(decisionIds)));
    });
    return standing.stream()
        .map(theme -> themeFeeds.containsKey(theme.id())
            ? ImmutableClockTheme.copyOf(theme).withDecisionIds(themeFeeds.get(theme.id())) : theme)
        .collect(ImmutableList.toImmutableList());
  }

  private static String known(Set<String> ids) {
    return ids.isEmpty() ? " (it has none)" : ": one of " + ids.stream().sorted().collect(Collectors.joining(", "));
  }

  private static void require(boolean holds, String otherwise) {
    if (!holds) {
      throw new IllegalArgumentException(otherwise);
    }
  }

  /** A weekday in English, whole or its first three letters, in any case: tue, Tuesday. */
  static final class WeekdayConverter implements CommandLine.ITypeConverter<DayOfWeek> {
    @Override
    public DayOfWeek convert(String value) {
      String name = value.trim().toLowerCase(Locale.ROOT);
      return Arrays.stream(DayOfWeek.values())
          .filter(day -> name.length() >= 3 && day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(name))
          .findFirst()
          .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not a weekday: give mon, tue, ... sun"));
    }
  }

  /** {@code FROM..UNTIL[:REASON]}, both ends ISO dates and included. */
  static final class BlockedConverter implements CommandLine.ITypeConverter<BlockedPeriod> {
    private static final String DEFAULT_REASON = "estetty";

    @Override
    public BlockedPeriod convert(String value) {
      String[] periodAndReason = value.split(":", 2);
      String[] ends = periodAndReason[0].split("\\.\\.", -1);
      if (ends.length != 2) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a period: give FROM..UNTIL[:REASON], "
            + "e.g. 2027-02-22..2027-02-26:hiihtoloma");
      }
      String reason = periodAndReason.length == 2 && !periodAndReason[1].isBlank() ? periodAndReason[1].trim() : DEFAULT_REASON;
      try {
        LocalDate from = LocalDate.parse(ends[0].trim());
        LocalDate until = LocalDate.parse(ends[1].trim());
        if (until.isBefore(from)) {
          throw new CommandLine.TypeConversionException("'" + value + "' ends (" + until + ") before it starts (" + from + ")");
        }
        return BlockedPeriod.of(from, until, reason);
      } catch (DateTimeParseException notADate) {
        throw new CommandLine.TypeConversionException("'" + value + "' has no date at '" + notADate.getParsedString()
            + "': give FROM..UNTIL[:REASON] with dates as 2027-02-22");
      }
    }
  }
}
