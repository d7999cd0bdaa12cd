package fi.hyvinvointialue.forum.secretariat;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ModelValues;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.CalendarFeeds;
import fi.hyvinvointialue.forum.domain.port.CalendarPublishing;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.RequestIdReused;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.PolicyCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One change to one forum year, whole or not at all: read, edit, render the feed, save once, put the
 * feed, check. Retries, stale versions and failing ports are handled here, once for every operation.
 */
final class UnitOfWork {
  /** A change to a year, made at one instant; it throws a {@link Refusal} for a step it rules out. */
  interface Edit {
    ForumYear apply(ForumYear year, Instant now);
  }

  /** Where the year's feed goes after each change, rendered with its settings. */
  record FeedPush(CalendarPublishing publishing, CalendarFeeds destination, FeedSettings settings) {
    FeedPush {
      Objects.requireNonNull(publishing, "calendarPublishing");
      Objects.requireNonNull(destination, "calendarFeeds");
      Objects.requireNonNull(settings, "feedSettings");
    }
  }

  private final ForumYears forumYears;
  private final Optional<FeedPush> feeds;
  private final PolicyCheck policyCheck;
  private final PolicyProfile profile;
  private final Clock clock;

  /**
   * @param feeds where the feed is pushed after each change; none for a record whose feeds are made from the
   *     store when asked for (a server)
   */
  UnitOfWork(ForumYears forumYears, Optional<FeedPush> feeds, PolicyCheck policyCheck, PolicyProfile profile, Clock clock) {
    this.forumYears = Objects.requireNonNull(forumYears, "forumYears");
    this.feeds = Objects.requireNonNull(feeds, "feeds");
    this.policyCheck = Objects.requireNonNull(policyCheck, "policyCheck");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  Optional<Outcome> find(int year) {
    return forumYears.find(key(year)).map(stored -> outcome(stored, clock.instant()));
  }

  Outcome change(Request request, String summary, Edit edit) {
    return change(request, summary, edit, clock.instant());
  }

  /**
   * The change, as a new version, and the same edit at the same moment applied to every earlier
   * version too: for the personal-data purge, which must reach the history, not only the record.
   */
  Outcome changeEveryVersion(Request request, String summary, Edit edit) {
    Instant now = clock.instant();
    Outcome outcome = change(request, summary, edit, now);
    forumYears.rewriteEveryVersion(key(request.year()), year -> edit.apply(year, now));
    return outcome;
  }

  private Outcome change(Request request, String summary, Edit edit, Instant now) {
    checkRequest(request);
    YearKey key = key(request.year());
    Optional<StoredYear> current = forumYears.find(key);
    String digest = Change.digestOf(request.toString());
    // Checked before the edit, which could refuse a step it already took (an event already scheduled).
    Optional<Change> applied = current.isPresent() ? applied(key, request.requestId()) : Optional.empty();
    if (applied.isPresent()) {
      return retried(key, applied.get(), digest, current.get(), now);
    }
    long actualVersion = current.map(StoredYear::version).orElse(0L);
    if (actualVersion != request.expectedVersion()) {
      throw new VersionConflict(key, request.expectedVersion(), actualVersion);
    }
    ForumYear before = current.map(StoredYear::year)
        .orElseGet(() -> ImmutableForumYear.builder().countyId(key.countyId()).year(key.year()).build());
    ForumYear after = consistently(key, () -> edit.apply(before, now));
    Optional<String> controlCharacter = ModelValues.controlCharacterIn(after);
    // a year stored before this check may hold one already: only a new one is refused
    if (controlCharacter.isPresent() && !controlCharacter.equals(ModelValues.controlCharacterIn(before))) {
      throw new Refusal(RefusalReason.CONTROL_CHARACTER, name(key),
          controlCharacter.get() + " holds a control character: only tab and line feed are allowed in texts");
    }
    if (after.equals(before)) {
      return outcome(current.orElseThrow(() -> new Refusal(RefusalReason.UNKNOWN_YEAR, name(key),
          "nothing is stored for the year")), now);
    }
    // Rendered before saving: a feed that cannot be made stops the change before anything is stored.
    Optional<byte[]> feed = feed(after);
    StoredYear stored;
    try {
      stored = forumYears.save(after, profile, request.expectedVersion(),
          ImmutableChange.builder().actor(request.actor()).at(now).summary(summary).requestId(request.requestId())
              .requestDigest(digest).build());
    } catch (RequestIdReused reused) { // another request with this id was saved since it was looked for above
      throw refused(reused);
    }
    // A concurrent retry of the same request may have saved first: the port then answers with its year.
    return published(stored, stored.year().equals(after) ? feed : feed(stored.year()), now);
  }

  /**
   * A request whose id was applied already: the version it made, with its findings now, and nothing stored
   * again; the feed of the year as stored now is published, in case the first attempt left it unpublished.
   * Another request reusing the id is refused: answering it with the first one's result would hide that
   * nothing it asked was done.
   */
  private Outcome retried(YearKey key, Change applied, String digest, StoredYear current, Instant now) {
    if (Change.madeByAnotherRequest(applied.requestDigest(), Optional.of(digest))) {
      throw refused(new RequestIdReused(key, applied.requestId().orElseThrow(), applied.version()));
    }
    StoredYear made = applied.version() == current.version() ? current : forumYears.find(key, applied.version()).orElse(current);
    return published(key, feed(current.year()), outcome(made, now));
  }

  private static Refusal refused(RequestIdReused reused) {
    return new Refusal(RefusalReason.REQUEST_ID_REUSED, "requestId", reused.getMessage());
  }

  private Optional<byte[]> feed(ForumYear year) {
    return feeds.map(push -> push.publishing().publish(year, profile, push.settings()));
  }

  private Outcome published(StoredYear stored, Optional<byte[]> feed, Instant now) {
    return published(stored.year().key(), feed, outcome(stored, now));
  }

  /** The outcome, once the year's feed is put where it goes (if anywhere). */
  private Outcome published(YearKey key, Optional<byte[]> feed, Outcome outcome) {
    if (feed.isPresent()) {
      try {
        feeds.orElseThrow().destination().put(key, feed.get());
      } catch (RuntimeException failure) {
        throw new CalendarNotPublished(outcome, failure);
      }
    }
    return outcome;
  }

  private Outcome outcome(StoredYear stored, Instant now) {
    return ImmutableOutcome.of(stored, policyCheck.check(stored.year(), profile, now));
  }

  private Optional<Change> applied(YearKey key, String requestId) {
    return forumYears.history(key).stream().filter(change -> change.requestId().filter(requestId::equals).isPresent()).findFirst();
  }

  private YearKey key(int year) {
    try {
      return YearKey.of(profile.county().id(), year);
    } catch (IllegalStateException badYear) {
      throw new Refusal(RefusalReason.INVALID_REQUEST, "year", badYear.getMessage());
    }
  }

  private static void checkRequest(Request request) {
    if (request.actor().isBlank()) {
      throw new Refusal(RefusalReason.INVALID_REQUEST, "actor", "a change names who makes it");
    }
    if (request.requestId().isBlank()) {
      throw new Refusal(RefusalReason.INVALID_REQUEST, "requestId", "a request needs an id, so a retry is applied once");
    }
  }

  /** Runs the edit, turning a model value's consistency check into a refusal that names the field. */
  private static ForumYear consistently(YearKey key, Supplier<ForumYear> edit) {
    try {
      return edit.get();
    } catch (IllegalStateException inconsistent) {
      throw new Refusal(RefusalReason.INCONSISTENT_RECORD, name(key), inconsistent.getMessage());
    }
  }

  private static String name(YearKey key) {
    return key.countyId() + "/" + key.year();
  }
}
