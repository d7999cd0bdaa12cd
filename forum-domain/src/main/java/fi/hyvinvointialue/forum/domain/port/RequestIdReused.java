package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.YearKey;

/**
 * A save named a request id that another request, with another digest, had already applied: nothing was stored.
 * A retry sends the same request again; a new request needs a new id.
 */
public final class RequestIdReused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient YearKey key;
  private final String requestId;
  private final long version;

  public RequestIdReused(YearKey key, String requestId, long version) {
    super("forum year " + key.countyId() + "/" + key.year() + ": request id " + requestId + " made version " + version
        + " with another request: a new request needs a new id");
    this.key = key;
    this.requestId = requestId;
    this.version = version;
  }

  public YearKey key() {
    return key;
  }

  public String requestId() {
    return requestId;
  }

  /** The version the id made. */
  public long version() {
    return version;
  }
}
