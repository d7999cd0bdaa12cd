package fi.hyvinvointialue.forum.benchmarks;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;

/**
 * What the benchmarks measure: a county's busiest regular year, six open forums and a targeted
 * event, each with its whole record, under the profile with the partnership proposal adopted so
 * that every clause has something to check.
 */
final class Workloads {
  static final int YEAR = 2026;

  private Workloads() {}

  static PolicyProfile profile() {
    return KeskiSuomi.profileWithPartnership();
  }

  /** After the year's last record is due, so every deadline of the year is checked. */
  static Instant now(int year) {
    return HelsinkiTime.instant(LocalDate.of(year + 1, 1, 31).atStartOfDay());
  }

  /** {@link SampleYears#keskiSuomiWithPartnership} with two more open forums, January and August. */
  static ForumYear sixForumYear(int year) {
    ForumYear base = SampleYears.keskiSuomiWithPartnership(year);
    ImmutableList<ForumEvent> events =
        ImmutableList.<ForumEvent>builder()
            .add(SampleYears.openForum("foorumi-" + year + "-0", SampleYears.at(year, 1, 28),
                SampleYears.VOUCHERS, "saantokirja-paatos"))
            .addAll(base.events())
            .add(SampleYears.openForum("foorumi-" + year + "-5", SampleYears.at(year, 8, 19),
                SampleYears.BUDGET, "talousarvio-paatos"))
            .build();
    return ImmutableForumYear.copyOf(base)
        .withEvents(events)
        .withCommunicationPlan(
            SampleYears.communicationPlan(year, events.stream().map(ForumEvent::id).toArray(String[]::new)));
  }

  /**
   * {@code count} county-years: the six-forum year for as many counties, each built afresh so that no
   * two share their events, as records read from storage would not.
   */
  static ImmutableList<ForumYear> countyYears(int count) {
    return IntStream.range(0, count)
        .mapToObj(index -> (ForumYear) ImmutableForumYear.copyOf(sixForumYear(YEAR)).withCountyId(countyId(index)))
        .collect(ImmutableList.toImmutableList());
  }

  static String countyId(int index) {
    return index == 0 ? KeskiSuomi.COUNTY_ID : "county-" + index;
  }
}
