package fi.hyvinvointialue.forum.domain.profile;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.Channel;
import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.MaterialKind;
import fi.hyvinvointialue.forum.domain.ThemeKind;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every parameter of a county's forum policy, versioned and approved (TL-1.3). Rules read their
 * numbers here and nowhere else, so another county embeds the library with its own profile.
 */
@Value.Immutable
@ForumStyle
public interface PolicyProfile {
  /** A stable identifier, such as {@code keski-suomi}. */
  String id();

  /** The profile's version; a change of any parameter makes a new version. */
  String version();

  County county();

  LocalDate validFrom();

  /** The last day the profile is in force; empty while it is in force until further notice. */
  Optional<LocalDate> validUntil();

  /** Empty while the profile is not approved. */
  Optional<Approval> approval();

  /** TL-4.2: at least this many open forums a calendar year. */
  int minForumsPerYear();

  /** TL-4.2, TL-4.4: more than this many need a stated reason each. */
  int maxForumsPerYear();

  /** TL-4.1: materials are on the website at least this many calendar days before the start. */
  int publicationLeadDays();

  /** TL-4.1: the materials to publish. */
  ImmutableSet<MaterialKind> requiredMaterials();

  /** TL-4.1: where the materials go. */
  Channel publicationChannel();

  /** TL-4.3: where each event's date is announced. */
  ImmutableSet<Channel> announcementChannels();

  /** TL-4.6: the feedback window stays open at least this many calendar days. */
  int feedbackMinDays();

  /** TL-4.7: the recording is watchable this many calendar days from its publication. */
  int recordingAvailableDays();

  /**
   * I-5: the county's practice: the recording is on the website within this many calendar days of the
   * event's end. By default a week, the rhythm the policy keeps for materials and comments.
   */
  @Value.Default
  default int recordingPublicationDays() {
    return 7;
  }

  /**
   * I-5: the county's practice: the memo reaches its recipients within this many calendar days after
   * the feedback window closes. By default three weeks: drafting, the working group's review (TL-4.10)
   * and publication, with a week to spare for holidays.
   */
  @Value.Default
  default int memoDeliveryDays() {
    return 21;
  }

  /**
   * The last day of the summer break, which runs from the Monday of the week of Midsummer Eve: no
   * forum is planned then, nor one whose follow-up work (feedback, review, memo) would run into it.
   * By default 15 August, when Finnish offices and businesses are back from their summer holidays.
   */
  @Value.Default
  default MonthDay summerBreakUntil() {
    return MonthDay.of(Month.AUGUST, 15);
  }

  /** TL-5.1: the channels of the communication plan. */
  ImmutableSet<Channel> communicationChannels();

  /** TL-5.2: the partners of the communication. */
  ImmutableList<PartnerRequirement> communicationPartners();

  /** TL-3.3: the standing themes the clock should cover (advisory). */
  ImmutableSet<ThemeKind> standingThemes();

  /** TL-4.8: the boards (lautakunnat) that receive every memo; empty means at least one board. */
  ImmutableList<String> boards();

  /** TL-4.8: the regional board's name. */
  String regionalBoard();

  /** TL-2.1: the longest gap between consecutive open forums, in calendar days, before it is bunching. */
  int maxDaysBetweenForums();

  /** TL-2.1: the shortest gap between consecutive open forums, in calendar days, before it is bunching (a warning). */
  int minDaysBetweenForums();

  /** TL-3.3, planner: a theme's forum's memo reaches the deciding body at least this many days ahead. */
  int decisionMarginDays();

  /** How long feedback authors' names and other personal data are kept after the event. */
  Period personalDataRetention();

  /** The proposal's clauses (KE-1 … KE-5) this county has adopted; the others are not checked. */
  ImmutableSet<String> adoptedProposalClauses();

  /** The industry classification members' codes are read in, e.g. "TOL 2008". */
  String industryClassification();

  default boolean adopts(String clauseId) {
    return adoptedProposalClauses().contains(clauseId);
  }

  default boolean inForceOn(LocalDate day) {
    return !day.isBefore(validFrom()) && validUntil().map(until -> !day.isAfter(until)).orElse(true);
  }

  @Value.Check
  default void check() {
    if (minForumsPerYear() < 0 || maxForumsPerYear() < minForumsPerYear()) {
      throw new IllegalStateException(
          "profile[" + id() + "]: forums per year must satisfy 0 <= min <= max, was "
              + minForumsPerYear() + ".." + maxForumsPerYear());
    }
    for (int days : new int[] {publicationLeadDays(), feedbackMinDays(), recordingAvailableDays(), decisionMarginDays(),
        recordingPublicationDays(), memoDeliveryDays()}) {
      if (days < 0) {
        throw new IllegalStateException("profile[" + id() + "]: day counts must not be negative");
      }
    }
    if (minDaysBetweenForums() < 0 || maxDaysBetweenForums() < minDaysBetweenForums()) {
      throw new IllegalStateException("profile[" + id() + "]: days between forums must satisfy 0 <= min <= max, was "
          + minDaysBetweenForums() + ".." + maxDaysBetweenForums());
    }
    validUntil().ifPresent(until -> {
      if (until.isBefore(validFrom())) {
        throw new IllegalStateException(
            "profile[" + id() + "].validUntil (" + until + ") must not be before validFrom (" + validFrom() + ")");
      }
    });
    adoptedProposalClauses().forEach(clause -> {
      if (!clause.matches("KE-[1-5]")) {
        throw new IllegalStateException("profile[" + id() + "].adoptedProposalClauses: unknown clause " + clause);
      }
    });
  }
}
