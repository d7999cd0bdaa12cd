package fi.hyvinvointialue.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CouncilTermTest {
  @Test
  void theFirstTermWasShortenedToEndOfMay2025() {
    assertEquals(CouncilTerm.of(LocalDate.of(2022, 3, 1), LocalDate.of(2025, 5, 31)), CouncilTerm.containing(LocalDate.of(2022, 3, 1)));
    assertEquals(CouncilTerm.of(LocalDate.of(2022, 3, 1), LocalDate.of(2025, 5, 31)), CouncilTerm.containing(LocalDate.of(2025, 5, 31)));
  }

  @Test
  void laterTermsRunFourYearsFromTheFirstOfJune() {
    CouncilTerm current = CouncilTerm.of(LocalDate.of(2025, 6, 1), LocalDate.of(2029, 5, 31));
    assertEquals(current, CouncilTerm.containing(LocalDate.of(2025, 6, 1)));
    assertEquals(current, CouncilTerm.containing(LocalDate.of(2026, 11, 22)));
    assertEquals(current, CouncilTerm.containing(LocalDate.of(2029, 5, 31)));
    assertEquals(CouncilTerm.of(LocalDate.of(2029, 6, 1), LocalDate.of(2033, 5, 31)), current.next());
  }

  @Test
  void thereIsNoTermBeforeTheCountiesExisted() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> CouncilTerm.containing(LocalDate.of(2022, 2, 28)));
    assertEquals("no council term before 2022-03-01: 2022-02-28", error.getMessage());
  }

  @Test
  void aSpanIsACouncilTermWhenItStartsAndEndsWithOne() {
    assertTrue(CouncilTerm.of(LocalDate.of(2025, 6, 1), LocalDate.of(2029, 5, 31)).isCouncilTerm());
    CouncilTerm calendarYears = CouncilTerm.of(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31));
    assertFalse(calendarYears.isCouncilTerm());
    assertEquals(Optional.of(CouncilTerm.of(LocalDate.of(2022, 3, 1), LocalDate.of(2025, 5, 31))), calendarYears.councilTermOfItsStart());
    CouncilTerm beforeTheCounties = CouncilTerm.of(LocalDate.of(2021, 6, 1), LocalDate.of(2025, 5, 31));
    assertFalse(beforeTheCounties.isCouncilTerm());
    assertEquals(Optional.empty(), beforeTheCounties.councilTermOfItsStart());
  }

  @Test
  void aTermCoversEachYearItHasADayIn() {
    CouncilTerm current = CouncilTerm.of(LocalDate.of(2025, 6, 1), LocalDate.of(2029, 5, 31));
    assertTrue(current.covers(2025));
    assertTrue(current.covers(2029));
    assertFalse(current.covers(2024));
    assertFalse(current.covers(2030));
  }

  @Test
  void aTermEndsAfterItStarts() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> CouncilTerm.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1)));
    assertEquals("councilTerm.end (2025-06-01) must be after councilTerm.start (2025-06-01)", error.getMessage());
  }
}
