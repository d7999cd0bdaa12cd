package fi.hyvinvointialue.forum.domain;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CouncilTermProperties {
  private static final LocalDate FIRST = LocalDate.of(2022, 3, 1);

  @Test
  void everyDayFromTheFirstTermOnFallsInExactlyTheTermThatContainsIt() {
    qt().forAll(integers().between(0, 100 * 366))
        .checkAssert(offset -> {
          LocalDate day = FIRST.plusDays(offset);
          CouncilTerm term = CouncilTerm.containing(day);
          org.junit.jupiter.api.Assertions.assertTrue(term.contains(day), () -> term + " should contain " + day);
          org.junit.jupiter.api.Assertions.assertEquals(term, CouncilTerm.containing(term.start()));
          org.junit.jupiter.api.Assertions.assertEquals(term, CouncilTerm.containing(term.end()));
        });
  }

  @Test
  void termsFollowEachOtherWithoutGapsAndLastFourYearsAfterTheFirst() {
    qt().forAll(integers().between(0, 20))
        .checkAssert(n -> {
          CouncilTerm term = CouncilTerm.containing(FIRST);
          for (int i = 0; i < n; i++) {
            term = term.next();
          }
          CouncilTerm next = term.next();
          org.junit.jupiter.api.Assertions.assertEquals(term.end().plusDays(1), next.start());
          org.junit.jupiter.api.Assertions.assertEquals(next.start().plusYears(4).minusDays(1), next.end());
          org.junit.jupiter.api.Assertions.assertEquals(6, next.start().getMonthValue());
        });
  }
}
