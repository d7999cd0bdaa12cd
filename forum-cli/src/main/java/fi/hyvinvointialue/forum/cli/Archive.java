package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import java.time.Instant;

/** The database as the commands use it: each year read from a file is saved as a new version, with who and when. */
final class Archive {
  private final ForumYears years;

  Archive(ForumYears years) {
    this.years = years;
  }

  /** Saves the year over whatever version is stored, as a change by {@code actor} at {@code at}. */
  StoredYear save(ForumYear year, String actor, Instant at, String summary) {
    long current = years.find(year.key()).map(StoredYear::version).orElse(0L);
    return years.save(year, current, ImmutableChange.builder().actor(actor).at(at).summary(summary).build());
  }
}
