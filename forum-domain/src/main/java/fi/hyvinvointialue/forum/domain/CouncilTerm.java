package fi.hyvinvointialue.forum.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
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

  /** TL-3.6: the council term this span should be, the one its first day falls in; none before the first term. */
  default Optional<CouncilTerm> councilTermOfItsStart() {
    return start().isBefore(FIRST_START) ? Optional.empty() : Optional.of(containing(start()));
  }

  /** TL-3.6: whether this span is a council term: it starts and ends with one. */
  default boolean isCouncilTerm() {
    return councilTermOfItsStart().filter(term -> term.start().equals(start()) && term.end().equals(end())).isPresent();
  }

  /** Whether at least one day of the calendar year falls in this span. */
  default boolean covers(int year) {
    return !end().isBefore(LocalDate.of(year, Month.JANUARY, 1)) && !start().isAfter(LocalDate.of(year, Month.DECEMBER, 31));
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
