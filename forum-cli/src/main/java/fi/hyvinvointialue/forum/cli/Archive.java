package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.history.Difference;
import fi.hyvinvointialue.forum.domain.history.YearDiff;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.json.Plan;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The database as the commands use it: a plan read from a file is saved as the version after the one it
 * is based on, with who and when, or refused as a {@link StoreConflict} that says what would be lost;
 * stored versions are read back, compared and restored.
 */
final class Archive {
  /** The differences a conflict lists before it points to {@code forum diff} for the rest. */
  private static final int CONFLICT_DIFFERENCES = 20;
  /** How much of a value before or after a conflict shows. */
  private static final int CONFLICT_VALUE_LENGTH = 100;

  private final ForumYears years;

  Archive(ForumYears years) {
    this.years = years;
  }

  ForumYears years() {
    return years;
  }

  /**
   * Saves the plan's year with its profile as the version after its base version: a plan without one
   * only creates a year. With {@code force} it is saved over whatever is stored, and its summary says so.
   *
   * @throws StoreConflict when the year was stored since the plan's base version (or was never stored,
   *     or is stored and the plan names no base version), unless {@code force}
   */
  StoredYear store(Plan plan, String source, String actor, Instant at, boolean force) {
    YearKey key = plan.year().key();
    long stored = years.find(key).map(StoredYear::version).orElse(0L);
    long base = plan.baseVersion().orElse(0L);
    String summary = "stored from " + source;
    if (base != stored) {
      if (!force) {
        throw new StoreConflict(conflict(source, key, base, stored));
      }
      summary += ", forced over version " + stored + (base == 0 ? " (the file named no base version)"
          : " (the file was based on version " + base + ")");
    }
    try {
      return years.save(plan.year(), plan.profile(), stored, change(actor, at, summary));
    } catch (VersionConflict meanwhile) {
      throw new StoreConflict(conflict(source, key, stored, meanwhile.actualVersion()));
    }
  }

  /** The plan as based on whatever version of its year is stored: for a database the caller alone writes (the demo's). */
  Plan overStored(Plan plan) {
    return years.find(plan.year().key()).map(stored -> plan.basedOn(stored.version())).orElse(plan);
  }

  /** The current version. */
  StoredYear current(YearKey key) {
    return years.find(key).orElseThrow(() -> new IllegalArgumentException("nothing is stored for " + describe(key)));
  }

  /** A stored version. */
  StoredYear version(YearKey key, long version) {
    return years.find(key, version).orElseThrow(() -> new IllegalArgumentException(
        "version " + version + " of " + describe(key) + " was never stored (" + newest(key) + ")"));
  }

  /** Every change made to the year, oldest first, each with the version it made. */
  List<Change> history(YearKey key) {
    List<Change> history = years.history(key);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("nothing is stored for " + describe(key));
    }
    return history;
  }

  /** What changed from version {@code from} to {@code to}. */
  YearDiff diff(YearKey key, long from, long to) {
    version(key, from);
    version(key, to);
    return years.diff(key, from, to).orElseThrow();
  }

  /** Stores version {@code version} again as the newest, its summary naming it. */
  StoredYear restore(YearKey key, long version, String actor, Instant at) {
    StoredYear restored = version(key, version);
    long current = current(key).version();
    try {
      return years.save(restored.year(), restored.profile(), current, change(actor, at, "restored from version " + version));
    } catch (VersionConflict meanwhile) {
      throw new StoreConflict(describe(key) + " was stored by someone else while it was restored: " + newest(key) + "; try again");
    }
  }

  /** A change as one line: version, when, who, why. */
  static String describe(Change change) {
    return "version " + change.version() + "  " + change.at() + "  " + change.actor() + "  " + change.summary();
  }

  /** A difference as one line: what, where, from what to what; values longer than {@code limit} are cut. */
  static String describe(Difference difference, int limit) {
    return difference.kind() + " " + difference.path() + ": "
        + difference.before().map(before -> cut(before, limit)).orElse("-") + " -> "
        + difference.after().map(after -> cut(after, limit)).orElse("-");
  }

  static String describe(YearKey key) {
    return key.countyId() + "/" + key.year();
  }

  private String conflict(String source, YearKey key, long base, long stored) {
    String advice = "Export the stored year (forum export " + key.countyId() + " " + key.year() + " -o FILE), make your edits "
        + "there and store that, or store with --force to overwrite what was stored.";
    if (stored == 0) {
      return source + ": based on version " + base + " of " + describe(key) + ", but nothing is stored for it here "
          + "(another database?); store with --force to create it.";
    }
    if (base > stored) {
      return source + ": based on version " + base + " of " + describe(key) + ", which was never stored (" + newest(key)
          + "); store with --force to overwrite it.";
    }
    List<Change> since = years.history(key).stream().filter(change -> change.version() > base).collect(Collectors.toList());
    StringBuilder text = new StringBuilder(source).append(": ");
    text.append(base == 0
        ? "names no base version, but " + describe(key) + " is stored already; a plan without one can only create a year.\n"
        : "based on version " + base + " of " + describe(key) + ", but version " + stored + " is stored: storing it would "
            + "undo what was stored since.\n");
    text.append(base == 0 ? "Stored:\n" : "Stored since:\n");
    since.forEach(change -> text.append("  ").append(describe(change)).append('\n'));
    if (base > 0) {
      List<Difference> differences = years.diff(key, base, stored).orElseThrow().differences();
      text.append("What they changed since version ").append(base).append(":\n");
      differences.stream().limit(CONFLICT_DIFFERENCES)
          .forEach(difference -> text.append("  ").append(describe(difference, CONFLICT_VALUE_LENGTH)).append('\n'));
      if (differences.size() > CONFLICT_DIFFERENCES) {
        text.append("  ... and ").append(differences.size() - CONFLICT_DIFFERENCES).append(" more (forum diff ")
            .append(key.countyId()).append(' ').append(key.year()).append(' ').append(base).append(' ').append(stored).append(")\n");
      }
    }
    return text.append(advice).toString();
  }

  private String newest(YearKey key) {
    return years.find(key).map(stored -> "the newest is version " + stored.version()).orElse("nothing is stored for it");
  }

  private static Change change(String actor, Instant at, String summary) {
    return ImmutableChange.builder().actor(actor).at(at).summary(summary).build();
  }

  private static String cut(String value, int limit) {
    String oneLine = value.replace('\n', ' ');
    return oneLine.length() <= limit ? oneLine : oneLine.substring(0, limit) + "...";
  }
}
