package fi.hyvinvointialue.forum.domain.memory;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The storage port in memory, for tests and for trying the library out; it honours the same contract. */
public final class InMemoryForumYears implements ForumYears {
  private final Map<YearKey, StoredYear> years = new TreeMap<>();
  private final Map<YearKey, List<Change>> histories = new HashMap<>();

  @Override
  public synchronized StoredYear save(ForumYear year, long expectedVersion, Change change) {
    YearKey key = year.key();
    Optional<StoredYear> current = Optional.ofNullable(years.get(key));
    List<Change> history = histories.getOrDefault(key, List.of());
    if (change.requestId().isPresent()
        && history.stream().anyMatch(done -> done.requestId().equals(change.requestId()))) {
      return current.orElseThrow();
    }
    long actualVersion = current.map(StoredYear::version).orElse(0L);
    if (actualVersion != expectedVersion) {
      throw new VersionConflict(key, expectedVersion, actualVersion);
    }
    StoredYear stored = StoredYear.of(year, actualVersion + 1);
    years.put(key, stored);
    histories.computeIfAbsent(key, any -> new ArrayList<>())
        .add(ImmutableChange.copyOf(change).withVersion(stored.version()));
    return stored;
  }

  @Override
  public synchronized Optional<StoredYear> find(YearKey key) {
    return Optional.ofNullable(years.get(key));
  }

  @Override
  public synchronized ImmutableList<Integer> years(String countyId) {
    return years.keySet().stream()
        .filter(key -> key.countyId().equals(countyId))
        .map(YearKey::year)
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized ImmutableList<Change> history(YearKey key) {
    return ImmutableList.copyOf(histories.getOrDefault(key, List.of()));
  }
}
