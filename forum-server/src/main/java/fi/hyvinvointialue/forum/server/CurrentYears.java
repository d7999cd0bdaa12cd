package fi.hyvinvointialue.forum.server;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current version of each year as last read from the store, asked again at most once per
 * freshness period (by one request; the others meanwhile get the version read before). The store
 * is asked for the year's history first, which carries no documents: the year itself is read only
 * when a new version exists. When the store fails, the last version read stays in service.
 */
final class CurrentYears {
  private static final Logger LOG = LoggerFactory.getLogger(CurrentYears.class);

  /** A stored version and when it was stored: the newest moment a feed or page of it can claim. */
  record Current(StoredYear stored, Instant storedAt) {}

  private static final class Entry {
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Optional<Current> current;
    private volatile long checkedAt;

    private Entry(Optional<Current> current, long checkedAt) {
      this.current = current;
      this.checkedAt = checkedAt;
    }
  }

  private final ForumYears store;
  private final long freshnessNanos;
  private final ConcurrentHashMap<YearKey, Entry> entries = new ConcurrentHashMap<>();

  CurrentYears(ForumYears store, Duration freshness) {
    this.store = store;
    this.freshnessNanos = freshness.toNanos();
  }

  /**
   * The year's current version; empty when it was never stored.
   *
   * @throws StorageFailure when the store fails and this year was never read from it
   */
  Optional<Current> current(YearKey key) {
    Entry entry = entries.get(key);
    if (entry == null) {
      Entry read = new Entry(read(key, Optional.empty()), System.nanoTime());
      entry = entries.putIfAbsent(key, read);
      return entry == null ? read.current : entry.current;
    }
    if (System.nanoTime() - entry.checkedAt >= freshnessNanos && entry.refreshing.compareAndSet(false, true)) {
      try {
        entry.current = read(key, entry.current);
      } catch (StorageFailure failure) {
        LOG.warn("Serving the last version read of {}: the store failed: {}", key.countyId() + "/" + key.year(), failure.getMessage());
      } finally {
        entry.checkedAt = System.nanoTime();
        entry.refreshing.set(false);
      }
    }
    return entry.current;
  }

  private Optional<Current> read(YearKey key, Optional<Current> previous) {
    ImmutableList<Change> history = store.history(key);
    if (history.isEmpty()) {
      return Optional.empty();
    }
    Change newest = history.get(history.size() - 1);
    if (previous.isPresent() && previous.get().stored().version() == newest.version()) {
      return previous;
    }
    return store.find(key, newest.version()).map(stored -> new Current(stored, newest.at()));
  }
}
