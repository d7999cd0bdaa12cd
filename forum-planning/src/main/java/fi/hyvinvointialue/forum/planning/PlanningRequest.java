package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.ClockTheme;
import fi.hyvinvointialue.forum.domain.Decision;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Everything the planner plans a year from. Only the year, the profile and the decision calendar
 * are required; every other setting has a default derived from the profile or stated here.
 */
@Value.Immutable
@ForumStyle
public interface PlanningRequest {
  int year();

  PolicyProfile profile();

  /** The decision-making calendar: which body decides what, when (e.g. read from an .ics). */
  ImmutableList<Decision> decisions();

  /**
   * The themes to place and the decisions each feeds. By default the profile's standing themes,
   * each feeding the year's decisions of its kind ({@link StandingThemes#forDecisions}).
   */
  @Value.Default
  @SuppressWarnings("immutables:untype") // set as a whole: an empty list is a choice, not "unset"
  default ImmutableList<ClockTheme> themes() {
    return StandingThemes.forDecisions(profile(), decisions(), year());
  }

  /**
   * Days no forum is held on; by default the summer break of the profile, from the Monday of the week of
   * Midsummer Eve through its last day (15 August by default), for the forums and their follow-up work.
   */
  @Value.Default
  @SuppressWarnings("immutables:untype") // set as a whole: an empty list is a choice, not "unset"
  default ImmutableList<BlockedPeriod> blockedPeriods() {
    return ImmutableList.of(BlockedPeriod.summerBreak(PolicyCalendar.of(profile()), year()));
  }

  /** The weekdays forums are held on; by default Tuesday to Thursday. */
  @Value.Default
  @SuppressWarnings("immutables:untype") // set as a whole: an empty list is a choice, not "unset"
  default ImmutableSet<DayOfWeek> preferredWeekdays() {
    return ImmutableSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
  }

  /** Helsinki wall-clock time forums start at. */
  @Value.Default
  default LocalTime startTime() {
    return LocalTime.of(13, 0);
  }

  @Value.Default
  default Duration duration() {
    return Duration.ofMinutes(150);
  }

  /**
   * How many open forums to plan. By default the fewest, from the profile's minimum (TL-4.2) up to
   * its maximum, that fit the year: three forums a regular gap apart often cannot keep the summer
   * break, and a fourth can.
   */
  OptionalInt forumsWanted();

  /** Why more forums than the profile's maximum are needed (TL-4.4); required for such a request. */
  Optional<String> additionalForumsReason();

  /** A theme's memo reaches the deciding body at least this many days before the decision. */
  @Value.Default
  default int decisionMarginDays() {
    return PolicyCalendar.of(profile()).decisionMarginDays();
  }

  /** Materials are planned this many days before the publication deadline (TL-4.1), to absorb slips. */
  @Value.Default
  default int publicationBufferDays() {
    return 3;
  }

  /** Dates are announced this many days before the forum (TL-4.3), before the materials are due. */
  @Value.Default
  default int announcementLeadDays() {
    return 28;
  }

  /** The feedback window stays open this many days beyond the profile's minimum (TL-4.6). */
  @Value.Default
  default int feedbackBufferDays() {
    return 1;
  }

  /** Working days from the close of feedback to the memo's draft (TL-4.8). */
  @Value.Default
  default int memoDraftingWorkingDays() {
    return 3;
  }

  /** Working days the working group has to check the draft before it is published (TL-4.10). */
  @Value.Default
  default int memoReviewWorkingDays() {
    return 5;
  }

  /** Forums at least this many days apart, so they are not bunched (TL-2.1). */
  @Value.Default
  default int minDaysBetweenForums() {
    return 21;
  }

  /** Midsummer Eve and Christmas Eve are days off besides the public holidays. */
  @Value.Default
  default boolean evesAreDaysOff() {
    return true;
  }

  /** The boards (lautakunnat) every memo goes to (TL-4.8); by default the profile's. */
  @Value.Default
  @SuppressWarnings("immutables:untype") // set as a whole: an empty list is a choice, not "unset"
  default ImmutableList<String> memoBoards() {
    return profile().boards();
  }

  /**
   * A year whose standing records are carried over: working group, communication plan partners,
   * permanent members, partnership agreement and playbook. Its events are ignored. Without one the
   * planner builds a skeleton from the profile, with placeholders marked to be named.
   */
  Optional<ForumYear> base();

  /**
   * Re-planning during the year: the day from which the year is planned anew. The base is then the
   * year's own plan; its events held before this day, or announced before it, are kept as they are
   * (they count towards {@link #forumsWanted()}), and the rest of its forums are replaced by forums
   * planned after the last kept one, for the themes no kept forum takes up and whose decisions are
   * still to come.
   */
  Optional<LocalDate> replanFrom();

  /** Venue, remote link, chair, secretary and participation of every forum. */
  @Value.Default
  default ForumTemplate template() {
    return ForumTemplate.toBeConfirmed(profile());
  }

  /** A request with every default: the profile's standing themes, the summer break, Tuesday to Thursday at 13. */
  static PlanningRequest of(int year, PolicyProfile profile, Iterable<? extends Decision> decisions) {
    return ImmutablePlanningRequest.builder().year(year).profile(profile).addAllDecisions(decisions).build();
  }

  /** The policy's calendar as this request plans with it: the profile's periods with the request's decision margin. */
  @Value.Lazy
  default PolicyCalendar calendar() {
    return PolicyCalendar.of(ImmutablePolicyProfile.copyOf(profile()).withDecisionMarginDays(decisionMarginDays()));
  }

  @Value.Check
  default void check() {
    if (year() < 2000 || year() > 2200) {
      throw new IllegalStateException("planningRequest.year must be between 2000 and 2200, was " + year());
    }
    forumsWanted().ifPresent(wanted -> atLeast(wanted, 1, "forumsWanted"));
    atLeast(minDaysBetweenForums(), 1, "minDaysBetweenForums");
    atLeast(memoDraftingWorkingDays(), 1, "memoDraftingWorkingDays");
    atLeast(memoReviewWorkingDays(), 1, "memoReviewWorkingDays");
    atLeast(decisionMarginDays(), 0, "decisionMarginDays");
    atLeast(publicationBufferDays(), 0, "publicationBufferDays");
    atLeast(feedbackBufferDays(), 0, "feedbackBufferDays");
    int materialsPlanned = PolicyCalendar.of(profile()).publicationLeadDays() + publicationBufferDays();
    if (announcementLeadDays() <= materialsPlanned) {
      throw new IllegalStateException("planningRequest.announcementLeadDays (" + announcementLeadDays()
          + ") must be more than the days materials are published ahead (" + materialsPlanned + "): TL-4.3 announces first");
    }
    if (preferredWeekdays().isEmpty()) {
      throw new IllegalStateException("planningRequest.preferredWeekdays must name at least one weekday");
    }
    if (duration().isNegative() || duration().isZero()
        || !startTime().plus(duration()).isAfter(startTime())) {
      throw new IllegalStateException("planningRequest.duration (" + duration() + ") from startTime (" + startTime()
          + ") must be positive and end the same day");
    }
    additionalForumsReason().filter(String::isBlank).ifPresent(blank -> {
      throw new IllegalStateException("planningRequest.additionalForumsReason must not be blank");
    });
    memoBoards().stream().filter(String::isBlank).findFirst().ifPresent(blank -> {
      throw new IllegalStateException("planningRequest.memoBoards must not contain a blank name");
    });
    checkReferences();
    replanFrom().ifPresent(from -> {
      if (from.getYear() != year()) {
        throw new IllegalStateException("planningRequest.replanFrom (" + from + ") must be in the year " + year());
      }
      if (base().map(ForumYear::year).filter(baseYear -> baseYear == year()).isEmpty()) {
        throw new IllegalStateException("planningRequest.replanFrom needs a base that is the plan of the year " + year());
      }
    });
  }

  private static void uniqueIds(List<String> ids, String field) {
    String duplicates =
        ids.stream().filter(id -> Collections.frequency(ids, id) > 1).distinct().sorted().collect(Collectors.joining(", "));
    if (!duplicates.isEmpty()) {
      throw new IllegalStateException("planningRequest." + field + " has duplicate ids: " + duplicates);
    }
  }

  private static void atLeast(int value, int least, String field) {
    if (value < least) {
      throw new IllegalStateException("planningRequest." + field + " must be at least " + least + ", was " + value);
    }
  }

  private void checkReferences() {
    uniqueIds(decisions().stream().map(Decision::id).collect(Collectors.toList()), "decisions");
    uniqueIds(themes().stream().map(ClockTheme::id).collect(Collectors.toList()), "themes");
    Set<String> decisionIds = decisions().stream().map(Decision::id).collect(Collectors.toSet());
    for (ClockTheme theme : themes()) {
      for (String decisionId : theme.decisionIds()) {
        if (!decisionIds.contains(decisionId)) {
          throw new IllegalStateException("planningRequest.themes[" + theme.id() + "].decisionIds refers to unknown decision '"
              + decisionId + "'");
        }
      }
    }
  }
}
