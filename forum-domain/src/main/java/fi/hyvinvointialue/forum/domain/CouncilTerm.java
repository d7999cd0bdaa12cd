package fi.hyvinvointialue.forum.domain;

import java.time.LocalDate;
import java.time.Month;
import org.immutables.value.Value;

/**
 * A county council's term (valtuustokausi), both days inclusive: the first ran 1.3.2022–31.5.2025,
 * then four years from each 1 June (TL-3.6).
 */
@Value.Immutable
@ForumStyle
public interface CouncilTerm {
  LocalDate FIRST_START = LocalDate.of(2022, Month.MARCH, 1);
  LocalDate FIRST_END = LocalDate.of(2025, Month.MAY, 31);
  int YEARS = 4;

  @Value.Parameter
  LocalDate start();

  @Value.Parameter
  LocalDate end();

  static CouncilTerm of(LocalDate start, LocalDate end) {
    return ImmutableCouncilTerm.of(start, end);
  }

  /** The term the day falls in; before the first term there is none, and that is an error. */
  static CouncilTerm containing(LocalDate day) {
    if (day.isBefore(FIRST_START)) {
      throw new IllegalArgumentException("no council term before " + FIRST_START + ": " + day);
    }
    if (!day.isAfter(FIRST_END)) {
      return of(FIRST_START, FIRST_END);
    }
    LocalDate regularStart = FIRST_END.plusDays(1);
    long terms = (day.getYear() - regularStart.getYear() - (day.isBefore(regularStart.withYear(day.getYear())) ? 1 : 0)) / YEARS;
    LocalDate start = regularStart.plusYears(terms * YEARS);
    return of(start, start.plusYears(YEARS).minusDays(1));
  }

  default boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  default CouncilTerm next() {
    return containing(end().plusDays(1));
  }

  @Value.Check
  default void check() {
    Checks.after(end(), start(), "councilTerm.end", "councilTerm.start");
  }
}
