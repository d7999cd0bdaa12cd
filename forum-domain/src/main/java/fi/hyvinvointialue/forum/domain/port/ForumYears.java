package fi.hyvinvointialue.forum.domain.port;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.history.YearDiff;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The storage port: counties' forum years, each saved whole or not at all as a new version, with
 * optimistic versions; every version is kept, with who made it, when and why.
 *
 * <p>Every adapter passes the contract suite {@code ForumYearsContract} in this module's test-jar.
 */
public interface ForumYears {
  /**
   * Stores the year, checked against {@code profile}, as the version after the one the caller read:
   * {@code expectedVersion} is 0 for a year not yet stored. A change whose request id was already
   * applied to this year is not applied again: the version it made is returned, unless both changes carry a
   * {@link Change#requestDigest() digest} and they differ (another request reusing the id).
   *
   * <p>The events are stored stamped from the version before, at {@code change.at()}: UID, created,
   * last modified and sequence as {@link EventStamps#stamp} decides; the returned year is the stamped one.
   *
   * @throws VersionConflict when the stored version is not {@code expectedVersion}
   * @throws RequestIdReused when the request id was applied by a request with another digest
   * @throws StorageFailure when the storage fails; the previous state is intact
   */
  StoredYear save(ForumYear year, PolicyProfile profile, long expectedVersion, Change change);

  /** The current version. */
  Optional<StoredYear> find(YearKey key);

  /** A version as it was saved; empty for a version that was never made. */
  Optional<StoredYear> find(YearKey key, long version);

  /** The counties with a year stored, in the order of their ids: with {@link #years} everything stored, for a backup. */
  ImmutableList<String> counties();

  /** The years stored for a county, earliest first. */
  ImmutableList<Integer> years(String countyId);

  /** The changes made to a year, oldest first, each with the version it produced: the year's versions. */
  ImmutableList<Change> history(YearKey key);

  /**
   * The events of every county's current versions that start at or after {@code from}, earliest first
   * (then by county and id), at most {@code limit}: the next forums of every county without loading years.
   */
  ImmutableList<ScheduledEvent> eventsFrom(Instant from, int limit);

  /**
   * The county-years with a version made after {@code since} (by the time of its change), each with the
   * newest such version, earliest change first: other systems follow the record without reading every
   * year. The time is the change's own ({@link Change#at()}), so a follower asks again from the latest
   * time it has seen.
   */
  ImmutableList<YearChange> changedSince(Instant since);

  /**
   * Rewrites every stored version of the year with {@code rewrite}, in one go: the retention purge
   * removes personal data from the history too, not only from the current version. The versions keep
   * their numbers, who made them, when and why; the current version's events are read again.
   *
   * @return how many versions changed
   * @throws StorageFailure when the storage fails; then no version is changed
   */
  int rewriteEveryVersion(YearKey key, UnaryOperator<ForumYear> rewrite);

  /** What changed from version {@code from} to version {@code to}; empty when either was never made. */
  default Optional<YearDiff> diff(YearKey key, long from, long to) {
    Optional<StoredYear> before = find(key, from);
    Optional<StoredYear> after = find(key, to);
    return before.isPresent() && after.isPresent()
        ? Optional.of(YearDiff.between(before.get().year(), after.get().year()))
        : Optional.empty();
  }
}
