package fi.hyvinvointialue.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
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
  void aTermEndsAfterItStarts() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> CouncilTerm.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1)));
    assertEquals("councilTerm.end (2025-06-01) must be after councilTerm.start (2025-06-01)", error.getMessage());
  }
}
