package fi.hyvinvointialue.forum.secretariat;

/**
 * What every request to the secretariat carries: the year it changes, the version of that year the
 * caller based it on, who asks, and the caller's id for it, so a retry is applied once.
 */
public interface Request {
  /** The forum year, of the county the secretariat serves. */
  int year();

  /** The version of the year the caller read; 0 for a year not yet stored. */
  long expectedVersion();

  /** Who makes the change, as the audit trail names them. */
  String actor();

  /** Unique per request (a UUID, say); a retried request with the same id is applied once. */
  String requestId();
}
