package fi.hyvinvointialue.forum.secretariat;

/**
 * The change was stored, but its calendar feed could not be put: subscribers still see the previous
 * feed, whole. Retrying the request with the same id stores nothing twice and publishes the feed.
 */
public final class CalendarNotPublished extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Outcome outcome;

  public CalendarNotPublished(Outcome outcome, Throwable cause) {
    super(
        "forum year " + outcome.year().countyId() + "/" + outcome.year().year() + " was stored as version "
            + outcome.version() + " but its calendar feed was not published: retry the request",
        cause);
    this.outcome = outcome;
  }

  /** The stored change and its findings. */
  public Outcome outcome() {
    return outcome;
  }
}
