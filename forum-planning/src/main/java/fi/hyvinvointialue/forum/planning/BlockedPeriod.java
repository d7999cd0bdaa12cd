package fi.hyvinvointialue.forum.planning;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.immutables.value.Value;

/** Days no forum is held on, both ends inclusive: the summer holidays, say. */
@Value.Immutable
@ForumStyle
public interface BlockedPeriod {
  @Value.Parameter
  LocalDate from();

  @Value.Parameter
  LocalDate until();

  /** Why, in words, shown in explanations: "kesäloma". */
  @Value.Parameter
  String reason();

  static BlockedPeriod of(LocalDate from, LocalDate until, String reason) {
    return ImmutableBlockedPeriod.of(from, until, reason);
  }

  /** July of the year, when most of Finland is on its summer holidays. */
  static BlockedPeriod july(int year) {
    YearMonth july = YearMonth.of(year, Month.JULY);
    return of(july.atDay(1), july.atEndOfMonth(), "heinäkuu (kesälomat)");
  }

  default boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(until());
  }

  @Value.Check
  default void check() {
    if (until().isBefore(from())) {
      throw new IllegalStateException(
          "blockedPeriod[" + reason() + "].until (" + until() + ") must not be before from (" + from() + ")");
    }
    if (reason().isBlank()) {
      throw new IllegalStateException("blockedPeriod[" + from() + "].reason must not be blank");
    }
  }
}
