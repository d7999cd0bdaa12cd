package fi.hyvinvointialue.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SizeClassTest {
  private static BigDecimal millions(double value) {
    return BigDecimal.valueOf(value).movePointRight(6);
  }

  @Test
  void staffAndEitherMoneyCeilingDecideTheClass() {
    assertEquals(SizeClass.MICRO, SizeClass.of(9, millions(2), millions(50)));
    assertEquals(SizeClass.SMALL, SizeClass.of(10, millions(1), millions(1)));
    assertEquals(SizeClass.SMALL, SizeClass.of(9, millions(2.1), millions(2.1)));
    assertEquals(SizeClass.MEDIUM, SizeClass.of(49, millions(11), millions(10.5)));
    assertEquals(SizeClass.MEDIUM, SizeClass.of(249, millions(60), millions(43)));
    assertEquals(SizeClass.LARGE, SizeClass.of(249, millions(51), millions(44)));
    assertEquals(SizeClass.LARGE, SizeClass.of(250, millions(1), millions(1)));
  }
}
