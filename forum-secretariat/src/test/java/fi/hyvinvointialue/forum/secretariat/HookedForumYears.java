package fi.hyvinvointialue.forum.secretariat;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ScheduledEvent;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.YearChange;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A store that runs a hook before each save: a failure, or another writer getting in first. */
final class HookedForumYears implements ForumYears {
  private final ForumYears store;
  private Runnable beforeSave = () -> {};

  HookedForumYears(ForumYears store) {
    this.store = store;
  }

  /** Runs once, before the next save. */
  void beforeNextSave(Runnable hook) {
    beforeSave = () -> {
      beforeSave = () -> {};
      hook.run();
    };
  }

  @Override
  public StoredYear save(ForumYear year, PolicyProfile profile, long expectedVersion, Change change) {
    beforeSave.run();
    return store.save(year, profile, expectedVersion, change);
  }

  @Override
  public Optional<StoredYear> find(YearKey key) {
    return store.find(key);
  }

  @Override
  public Optional<StoredYear> find(YearKey key, long version) {
    return store.find(key, version);
  }

  @Override
  public int rewriteEveryVersion(YearKey key, UnaryOperator<ForumYear> rewrite) {
    return store.rewriteEveryVersion(key, rewrite);
  }

  @Override
  public ImmutableList<ScheduledEvent> eventsFrom(Instant from, int limit) {
    return store.eventsFrom(from, limit);
  }

  @Override
  public ImmutableList<String> counties() {
    return store.counties();
  }

  @Override
  public ImmutableList<Integer> years(String countyId) {
    return store.years(countyId);
  }

  @Override
  public ImmutableList<Change> history(YearKey key) {
    return store.history(key);
  }

  @Override
  public ImmutableList<YearChange> changedSince(Instant since) {
    return store.changedSince(since);
  }
}
