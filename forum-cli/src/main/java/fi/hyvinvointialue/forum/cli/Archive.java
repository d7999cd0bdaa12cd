package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.json.Plan;
import java.time.Instant;

/** The database as the commands use it: each year read from a file is saved as a new version, with who and when. */
final class Archive {
  private final ForumYears years;

  Archive(ForumYears years) {
    this.years = years;
  }

  /** Saves the plan's year with its profile over whatever version is stored, as a change by {@code actor} at {@code at}. */
  StoredYear save(Plan plan, String actor, Instant at, String summary) {
    long current = years.find(plan.year().key()).map(StoredYear::version).orElse(0L);
    return years.save(plan.year(), plan.profile(), current, ImmutableChange.builder().actor(actor).at(at).summary(summary).build());
  }
}
