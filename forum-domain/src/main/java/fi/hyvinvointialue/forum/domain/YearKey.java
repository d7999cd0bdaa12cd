package fi.hyvinvointialue.forum.domain;

import org.immutables.value.Value;

/** Which county's which year: the identity of a {@link ForumYear}. */
@Value.Immutable
@ForumStyle
public interface YearKey extends Comparable<YearKey> {
  @Value.Parameter
  String countyId();

  @Value.Parameter
  int year();

  static YearKey of(String countyId, int year) {
    return ImmutableYearKey.of(countyId, year);
  }

  @Override
  default int compareTo(YearKey other) {
    int byCounty = countyId().compareTo(other.countyId());
    return byCounty != 0 ? byCounty : Integer.compare(year(), other.year());
  }

  @Value.Check
  default void check() {
    Checks.notBlank(countyId(), "countyId");
    if (year() < 2000 || year() > 2200) {
      throw new IllegalStateException("year must be between 2000 and 2200, was " + year());
    }
  }
}
