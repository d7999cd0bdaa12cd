package fi.hyvinvointialue.forum.planning;

/** The Finnish public holidays, and the two eves most collective agreements make days off. */
public enum Holiday {
  NEW_YEARS_DAY,
  EPIPHANY,
  GOOD_FRIDAY,
  EASTER_SUNDAY,
  EASTER_MONDAY,
  MAY_DAY,
  ASCENSION_DAY,
  PENTECOST,
  /** Not an official holiday: a day off under most collective agreements. */
  MIDSUMMER_EVE,
  MIDSUMMER_DAY,
  ALL_SAINTS_DAY,
  INDEPENDENCE_DAY,
  /** Not an official holiday: a day off under most collective agreements. */
  CHRISTMAS_EVE,
  CHRISTMAS_DAY,
  BOXING_DAY;

  /** Whether the day is a day off by custom rather than an official public holiday. */
  public boolean isEve() {
    return this == MIDSUMMER_EVE || this == CHRISTMAS_EVE;
  }
}
