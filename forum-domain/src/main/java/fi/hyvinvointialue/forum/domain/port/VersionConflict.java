package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.YearKey;

/** Someone else saved the record first: reload it, reapply the change, and try again. */
public final class VersionConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient YearKey key;
  private final long expectedVersion;
  private final long actualVersion;

  public VersionConflict(YearKey key, long expectedVersion, long actualVersion) {
    super(
        "forum year " + key.countyId() + "/" + key.year() + " was changed by someone else: expected version "
            + expectedVersion + ", found " + actualVersion);
    this.key = key;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public YearKey key() {
    return key;
  }

  public long expectedVersion() {
    return expectedVersion;
  }

  public long actualVersion() {
    return actualVersion;
  }
}
