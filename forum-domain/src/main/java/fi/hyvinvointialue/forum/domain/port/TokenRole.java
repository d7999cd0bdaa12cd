package fi.hyvinvointialue.forum.domain.port;

/**
 * What a token lets its holder do, always within one county. The API's roles are bearer tokens; a
 * {@link #CALENDAR} token is the secret part of a calendar address instead, and is nothing more: such
 * addresses end up in calendar apps, their sync logs and proxies' logs, so one must never open the API,
 * and an API token must never be put into an address.
 */
public enum TokenRole {
  /** Reads what is not public (personal data, drafts) of the county's years. */
  READER,
  /** Reads as a reader and changes the county's years: the secretariat's operations. */
  SECRETARY,
  /** Reads the county's to-do calendar at its secret address, and nothing else; no bearer token for the API. */
  CALENDAR;

  /** Whether a holder of this role may do what {@code needed} may. */
  public boolean allows(TokenRole needed) {
    return switch (this) {
      case READER -> needed == READER;
      case SECRETARY -> needed == READER || needed == SECRETARY;
      case CALENDAR -> needed == CALENDAR;
    };
  }
}
