package fi.hyvinvointialue.forum.domain.port;

/** What a bearer token lets its holder do, always within one county. */
public enum TokenRole {
  /** Reads what is not public (personal data, drafts) of the county's years. */
  READER,
  /** Reads as a reader and changes the county's years: the secretariat's operations. */
  SECRETARY;

  /** Whether a holder of this role may do what {@code needed} may. */
  public boolean allows(TokenRole needed) {
    return compareTo(needed) >= 0;
  }
}
