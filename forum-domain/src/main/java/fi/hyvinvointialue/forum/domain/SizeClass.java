package fi.hyvinvointialue.forum.domain;

import java.math.BigDecimal;

/** Company size by EU Recommendation 2003/361/EC (TL-3.5). */
public enum SizeClass {
  MICRO(10, 2, 2),
  SMALL(50, 10, 10),
  MEDIUM(250, 50, 43),
  LARGE(Integer.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

  private final int staffBelow;
  private final BigDecimal maxTurnover;
  private final BigDecimal maxBalanceSheet;

  SizeClass(int staffBelow, long maxTurnoverMillions, long maxBalanceSheetMillions) {
    this.staffBelow = staffBelow;
    this.maxTurnover = millions(maxTurnoverMillions);
    this.maxBalanceSheet = millions(maxBalanceSheetMillions);
  }

  private static BigDecimal millions(long millions) {
    return millions == Long.MAX_VALUE ? null : BigDecimal.valueOf(millions).movePointRight(6);
  }

  /**
   * The smallest class whose staff ceiling the company stays under and whose turnover <em>or</em>
   * balance-sheet ceiling it does not exceed, as the recommendation reads.
   */
  public static SizeClass of(int staff, BigDecimal turnoverEur, BigDecimal balanceSheetEur) {
    for (SizeClass size : values()) {
      if (size == LARGE) {
        return LARGE;
      }
      boolean withinMoney =
          turnoverEur.compareTo(size.maxTurnover) <= 0 || balanceSheetEur.compareTo(size.maxBalanceSheet) <= 0;
      if (staff < size.staffBelow && withinMoney) {
        return size;
      }
    }
    return LARGE;
  }
}
