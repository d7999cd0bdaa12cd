package fi.hyvinvointialue.forum.domain.port;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import java.util.Optional;

/**
 * The storage port: counties' forum years, each saved whole or not at all, with optimistic versions.
 *
 * <p>Every adapter passes the contract suite {@code ForumYearsContract} in this module's test-jar.
 */
public interface ForumYears {
  /**
   * Stores the year in place of the version the caller read: {@code expectedVersion} is 0 for a year
   * not yet stored. A change whose request id was already applied to this year is not applied again:
   * the year as stored is returned.
   *
   * @throws VersionConflict when the stored version is not {@code expectedVersion}
   * @throws StorageFailure when the storage fails; the previous state is intact
   */
  StoredYear save(ForumYear year, long expectedVersion, Change change);

  Optional<StoredYear> find(YearKey key);

  /** The years stored for a county, earliest first. */
  ImmutableList<Integer> years(String countyId);

  /** The changes made to a year, oldest first, each with the version it produced. */
  ImmutableList<Change> history(YearKey key);
}
