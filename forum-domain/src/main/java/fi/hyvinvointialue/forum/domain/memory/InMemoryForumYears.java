package fi.hyvinvointialue.forum.domain.memory;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.ScheduledEvent;
import fi.hyvinvointialue.forum.domain.port.RequestIdReused;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.domain.port.YearChange;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The storage port in memory, for tests and for trying the library out; it honours the same contract. */
public final class InMemoryForumYears implements ForumYears {
  private static final Comparator<ScheduledEvent> EARLIEST_FIRST = Comparator.comparing(ScheduledEvent::startInstant)
      .thenComparing(event -> event.year().countyId()).thenComparing(ScheduledEvent::eventId);

  /** Every version of every year, oldest first. */
  private final Map<YearKey, List<StoredYear>> versions = new TreeMap<>();
  private final Map<YearKey, List<Change>> histories = new HashMap<>();

  @Override
  public synchronized StoredYear save(ForumYear year, PolicyProfile profile, long expectedVersion, Change change) {
    YearKey key = year.key();
    List<StoredYear> saved = versions.getOrDefault(key, List.of());
    List<Change> history = histories.getOrDefault(key, List.of());
    if (change.requestId().isPresent()) {
      Optional<Change> done = history.stream().filter(applied -> applied.requestId().equals(change.requestId())).findFirst();
      if (done.isPresent()) {
        if (Change.madeByAnotherRequest(done.get().requestDigest(), change.requestDigest())) {
          throw new RequestIdReused(key, change.requestId().get(), done.get().version());
        }
        return saved.get((int) done.get().version() - 1);
      }
    }
    long actualVersion = saved.size();
    if (actualVersion != expectedVersion) {
      throw new VersionConflict(key, expectedVersion, actualVersion);
    }
    Optional<ForumYear> previous = saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1).year());
    StoredYear stored = StoredYear.of(EventStamps.stamp(previous, year, change.at()), profile, actualVersion + 1);
    versions.computeIfAbsent(key, any -> new ArrayList<>()).add(stored);
    histories.computeIfAbsent(key, any -> new ArrayList<>()).add(ImmutableChange.copyOf(change).withVersion(stored.version()));
    return stored;
  }

  @Override
  public synchronized Optional<StoredYear> find(YearKey key) {
    List<StoredYear> saved = versions.getOrDefault(key, List.of());
    return saved.isEmpty() ? Optional.empty() : Optional.of(saved.get(saved.size() - 1));
  }

  @Override
  public synchronized Optional<StoredYear> find(YearKey key, long version) {
    List<StoredYear> saved = versions.getOrDefault(key, List.of());
    return version >= 1 && version <= saved.size() ? Optional.of(saved.get((int) version - 1)) : Optional.empty();
  }

  @Override
  public synchronized ImmutableList<String> counties() {
    return versions.keySet().stream().map(YearKey::countyId).distinct().sorted().collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized ImmutableList<Integer> years(String countyId) {
    return versions.keySet().stream()
        .filter(key -> key.countyId().equals(countyId))
        .map(YearKey::year)
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized ImmutableList<Change> history(YearKey key) {
    return ImmutableList.copyOf(histories.getOrDefault(key, List.of()));
  }

  @Override
  public synchronized ImmutableList<YearChange> changedSince(Instant since) {
    return histories.entrySet().stream()
        .flatMap(year -> year.getValue().stream().filter(change -> change.at().isAfter(since))
            .reduce((earlier, later) -> later)
            .map(newest -> YearChange.of(year.getKey(), newest.version(), newest.at())).stream())
        .sorted(Comparator.comparing(YearChange::at).thenComparing(YearChange::key))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized int rewriteEveryVersion(YearKey key, UnaryOperator<ForumYear> rewrite) {
    List<StoredYear> saved = versions.getOrDefault(key, List.of());
    List<StoredYear> rewritten = new ArrayList<>();
    int changed = 0;
    for (StoredYear version : saved) {
      ForumYear year = rewrite.apply(version.year());
      changed += year.equals(version.year()) ? 0 : 1;
      rewritten.add(StoredYear.of(year, version.profile(), version.version()));
    }
    if (changed > 0) {
      versions.put(key, rewritten);
    }
    return changed;
  }

  @Override
  public synchronized ImmutableList<ScheduledEvent> eventsFrom(Instant from, int limit) {
    return versions.keySet().stream()
        .flatMap(key -> find(key).orElseThrow().year().events().stream().map(event -> ScheduledEvent.of(key, event)))
        .filter(event -> !event.startInstant().isBefore(from))
        .sorted(EARLIEST_FIRST)
        .limit(limit)
        .collect(ImmutableList.toImmutableList());
  }
}
