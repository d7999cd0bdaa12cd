package fi.hyvinvointialue.forum.planning;

/** The Finnish public holidays, and the two eves most collective agreements make days off. */
public enum Holiday {
  NEW_YEARS_DAY("uudenvuodenpäivä"),
  EPIPHANY("loppiainen"),
  GOOD_FRIDAY("pitkäperjantai"),
  EASTER_SUNDAY("pääsiäispäivä"),
  EASTER_MONDAY("2. pääsiäispäivä"),
  MAY_DAY("vappu"),
  ASCENSION_DAY("helatorstai"),
  PENTECOST("helluntaipäivä"),
  /** Not an official holiday: a day off under most collective agreements. */
  MIDSUMMER_EVE("juhannusaatto"),
  MIDSUMMER_DAY("juhannuspäivä"),
  ALL_SAINTS_DAY("pyhäinpäivä"),
  INDEPENDENCE_DAY("itsenäisyyspäivä"),
  /** Not an official holiday: a day off under most collective agreements. */
  CHRISTMAS_EVE("jouluaatto"),
  CHRISTMAS_DAY("joulupäivä"),
  BOXING_DAY("tapaninpäivä");

  private final String finnishName;

  Holiday(String finnishName) {
    this.finnishName = finnishName;
  }

  public String finnishName() {
    return finnishName;
  }

  /** Whether the day is a day off by custom rather than an official public holiday. */
  public boolean isEve() {
    return this == MIDSUMMER_EVE || this == CHRISTMAS_EVE;
  }
}
