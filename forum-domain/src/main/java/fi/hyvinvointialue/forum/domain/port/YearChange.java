package fi.hyvinvointialue.forum.domain.port;

import fi.hyvinvointialue.forum.domain.ForumStyle;
import fi.hyvinvointialue.forum.domain.YearKey;
import java.time.Instant;
import org.immutables.value.Value;

/** A county-year that changed: its newest version since the point asked about, and when that was made. */
@Value.Immutable
@ForumStyle
public interface YearChange {
  @Value.Parameter
  YearKey key();

  @Value.Parameter
  long version();

  @Value.Parameter
  Instant at();

  static YearChange of(YearKey key, long version, Instant at) {
    return ImmutableYearChange.of(key, version, at);
  }
}
